package io.moodleconnector.catalogue.reference;

import java.util.List;

/**
 * A Moodle web-service function as Moodle declares it.
 *
 * @param name         e.g. {@code core_group_create_groups}
 * @param description  Moodle's description
 * @param type         {@code read} or {@code write}
 * @param capabilities the capabilities Moodle lists for it (its own, often incomplete, declaration)
 * @param parameters   the parameters, always an object structure
 * @param returns      the return structure, or null when the function returns nothing (JSON {@code null})
 */
public record MoodleFunction(String name, String description, String type, List<String> capabilities,
                             MoodleStructure parameters, MoodleStructure returns) {
    public MoodleFunction {
        capabilities = List.copyOf(capabilities);
    }

    public boolean returnsNothing() {
        return returns == null;
    }
}
