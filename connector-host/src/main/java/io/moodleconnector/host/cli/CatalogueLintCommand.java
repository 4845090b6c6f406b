package io.moodleconnector.host.cli;

import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.lint.CatalogueLinter;
import io.moodleconnector.catalogue.reference.MoodleReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code connector catalogue lint [PATH...] [--json]}: checks catalogue YAML files (a folder means every
 * {@code .yaml}/{@code .yml} file in it) with {@link CatalogueLinter}; with no path, the shipped catalogue, including
 * coverage of the seed functions. Prints every problem as {@code file:line:column: pointer: message}; exits 0 when
 * there are none and 1 when there are (as compilers and linters do, so CI can gate on it).
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Checks catalogue YAML files (default: the shipped catalogue) and lists every problem.")
final class CatalogueLintCommand implements Callable<Integer> {
    static final int PROBLEMS_FOUND = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Catalogue files or folders (default: the shipped catalogue).")
    private List<Path> paths = List.of();

    @Option(names = "--json", description = "Print a JSON array of problems instead of text.")
    private boolean json;

    @Option(names = "--reference", paramLabel = "FILE", description = "Check against another Moodle release's"
            + " declarations: a functions.json file (plain or .gz) in the format of reference/moodle/4.5/ (default:"
            + " the shipped Moodle 4.5 reference).")
    private Path reference;

    @Override
    public Integer call() {
        CatalogueLinter linter = reference == null ? new CatalogueLinter() : new CatalogueLinter(reference(reference));
        List<Problem> problems = paths.isEmpty() ? linter.lintShipped() : linter.lintPaths(files(paths));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(problems.stream().map(CatalogueLintCommand::view).toList()));
        } else {
            problems.forEach(out::println);
            out.println(problems.isEmpty() ? "no problems" : problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        }
        out.flush();
        return problems.isEmpty() ? 0 : PROBLEMS_FOUND;
    }

    private static Map<String, Object> view(Problem p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("file", p.location().file());
        v.put("line", p.location().line());
        v.put("column", p.location().column());
        v.put("pointer", p.pointer());
        v.put("message", p.message());
        return v;
    }

    /** Files as given; folders expanded to their YAML files in name order. A missing path is left to the linter. */
    private static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> listing = Files.list(path)) {
                listing.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UsageException("cannot list " + path + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static MoodleReference reference(Path file) {
        try {
            return MoodleReference.read(file);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("--reference " + file + ": cannot read it as a functions.json file ("
                    + e.getMessage() + ")");
        }
    }
}
