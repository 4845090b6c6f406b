/**
 * What each of the 26 functions does, in small handler classes grouped by area. Handlers receive parameters already
 * validated and cleaned by {@link io.moodleconnector.sandbox.protocol.ParameterValidator} and return plain maps and
 * lists that {@link io.moodleconnector.sandbox.protocol.ReturnShaper} shapes by the declared returns; they throw
 * Moodle's own errors from {@link io.moodleconnector.sandbox.protocol.MoodleErrors}.
 */
package io.moodleconnector.sandbox.functions;
