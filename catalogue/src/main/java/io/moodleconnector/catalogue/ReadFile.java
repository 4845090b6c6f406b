package io.moodleconnector.catalogue;

import io.moodleconnector.catalogue.yaml.SourceMap;
import java.util.List;

/**
 * One catalogue file after reading: the methods that passed the meta-schema and the problems found.
 *
 * @param source    the file
 * @param locations where each node was written
 * @param methods   the methods whose declarations passed the meta-schema or whose problems there are recoverable
 *                  (see {@link RecoverableProblems}), in file order
 * @param problems  YAML and meta-schema problems, in document order
 * @param probes    the capability probes whose declarations passed the meta-schema, in file order
 */
public record ReadFile(CatalogueSource source, SourceMap locations, List<LocatedMethod> methods,
                       List<Problem> problems, List<LocatedProbe> probes) {
    public ReadFile {
        methods = List.copyOf(methods);
        problems = List.copyOf(problems);
        probes = List.copyOf(probes);
    }

    /** A file without probes. */
    public ReadFile(CatalogueSource source, SourceMap locations, List<LocatedMethod> methods, List<Problem> problems) {
        this(source, locations, methods, problems, List.of());
    }

    /** The methods without any problem of their own: what a loader may register. */
    public List<LocatedMethod> soundMethods() {
        return methods.stream().filter(m -> problems.stream().noneMatch(p -> p.pointer().equals(m.pointer())
                || p.pointer().startsWith(m.pointer() + "/"))).toList();
    }
}
