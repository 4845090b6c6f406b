package io.moodleconnector.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** A catalogue could not be loaded; {@link #problems()} lists every problem found, not only the first. */
public class CatalogueException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public CatalogueException(List<Problem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the catalogue:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
