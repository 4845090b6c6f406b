package io.moodleconnector.moodle.reliability;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One input the connector must refuse before sending anything.
 *
 * @param methodId the method it is given to
 * @param what     what is wrong with it, for the test's name
 * @param pointer  the JSON Pointer a violation must name
 * @param input    makes the input afresh (large or deep inputs are not kept in memory between cases)
 */
record BadInput(String methodId, String what, String pointer, Supplier<Map<String, Object>> input) {
    String displayName() {
        return methodId + " " + (pointer.isEmpty() ? "(input)" : pointer) + " " + what;
    }
}
