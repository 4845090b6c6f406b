/**
 * Writes a native catalogue method for any function of the Moodle reference ({@code connector catalogue new}): the
 * input and output schemas, conversions, access and capabilities derived from what Moodle declares, and examples
 * derived from the input schema. A generated method is lint-clean and marked {@code generated: true}.
 */
package io.moodleconnector.catalogue.generate;
