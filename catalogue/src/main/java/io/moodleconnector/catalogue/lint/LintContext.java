package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.LocatedMethod;
import io.moodleconnector.catalogue.ReadFile;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.reference.MoodleReference;
import io.moodleconnector.catalogue.schema.OfflineSchemas;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the checks look at: the files read, their methods, the methods lookups may point at, and the Moodle
 * reference. Immutable.
 *
 * @param files         the linted files, read
 * @param methods       every method that passed the meta-schema, in file order (duplicates included)
 * @param lookupTargets methods a lookup may name: the linted ones first, then the shipped catalogue's
 * @param reference     what Moodle declares
 * @param schemas       the offline schema compiler
 */
record LintContext(List<ReadFile> files, List<LocatedMethod> methods, Map<String, MethodDefinition> lookupTargets,
                   MoodleReference reference, OfflineSchemas schemas) {
    LintContext {
        files = List.copyOf(files);
        methods = List.copyOf(methods);
        lookupTargets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lookupTargets));
    }

    Optional<MethodDefinition> target(String id) {
        return Optional.ofNullable(lookupTargets.get(id));
    }
}
