package io.moodleconnector.catalogue;

import io.moodleconnector.catalogue.model.MethodDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The method table of {@code catalogue/METHODS.md}, generated from the shipped catalogue: the text between the
 * {@code ## The methods} heading and the count line that ends it. {@code MethodsDocTest} fails the build when the
 * file is stale; {@link #main} rewrites it.
 *
 * <p>Stateless; thread-safe.
 */
public final class MethodsDoc {
    /** How to regenerate, printed by the staleness check. */
    public static final String REGENERATE = "mvn -B -q -pl catalogue compile exec:java"
            + " -Dexec.mainClass=io.moodleconnector.catalogue.MethodsDoc -Dexec.args=catalogue/METHODS.md";
    private static final String HEADING = "## The methods\n\n";

    private MethodsDoc() {
    }

    /** Writes the table of the shipped catalogue into the METHODS.md file named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, withTable(text, CatalogueSource.shipped()), StandardCharsets.UTF_8);
    }

    /** {@code markdown} with its method table replaced by the one of {@code sources}. */
    public static String withTable(String markdown, List<CatalogueSource> sources) {
        int start = markdown.indexOf(HEADING);
        if (start < 0) {
            throw new IllegalArgumentException("no '## The methods' heading");
        }
        int tableStart = start + HEADING.length();
        int end = markdown.indexOf(" functions.\n", tableStart);
        if (end < 0) {
            throw new IllegalArgumentException("no 'N methods over M functions.' line after the heading");
        }
        return markdown.substring(0, tableStart) + table(sources) + markdown.substring(end + " functions.\n".length());
    }

    /**
     * The table, the seed set's methods first (those calling one of the 26 functions of {@link SeedSet}), then
     * {@code N methods over M functions; the seed set: N methods over 26 functions.}
     */
    static String table(List<CatalogueSource> sources) {
        List<MethodDefinition> all = new CatalogueLoader().load(sources).methods();
        List<MethodDefinition> methods = java.util.stream.Stream.concat(
                all.stream().filter(m -> SeedSet.contains(m.function())),
                all.stream().filter(m -> !SeedSet.contains(m.function()))).toList();
        StringBuilder out = new StringBuilder("| Category | Id | Name | Moodle function | Access | As-is | Seed set |\n"
                + "|---|---|---|---|---|---|---|\n");
        Set<String> functions = new LinkedHashSet<>();
        Set<String> seedFunctions = new LinkedHashSet<>();
        long seedMethods = 0;
        for (MethodDefinition m : methods) {
            functions.add(m.function());
            boolean seed = SeedSet.contains(m.function());
            if (seed) {
                seedFunctions.add(m.function());
                seedMethods++;
            }
            // As-is: the input is the function's parameters; a mapping may only add defaults or send text.
            boolean asIs = m.request().template() == null;
            out.append("| ").append(m.category()).append(" | `").append(m.id()).append("` | ").append(m.name())
                    .append(" | `").append(m.function()).append("` | ").append(m.access().yamlName()).append(" | ")
                    .append(asIs ? "yes |" : " |").append(seed ? " yes |" : " |").append('\n');
        }
        out.append('\n').append(methods.size()).append(" methods over ").append(functions.size())
                .append(" functions; the seed set: ").append(seedMethods).append(" methods over ")
                .append(seedFunctions.size()).append(" functions.\n");
        return out.toString();
    }
}
