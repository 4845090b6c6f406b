package io.moodleconnector.host.cli;

import io.moodleconnector.catalogue.Typos;
import io.moodleconnector.catalogue.generate.MethodGenerator;
import io.moodleconnector.catalogue.reference.MoodleFunction;
import io.moodleconnector.catalogue.reference.MoodleReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code connector catalogue new FUNCTION [--id ID] [--output FILE]}: writes a lint-clean native method for any
 * function of the shipped Moodle reference (see {@link MethodGenerator}), as a catalogue file to edit, lint and load
 * with {@code --catalogue DIR}. Prints it, or writes FILE (never over an existing one).
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a native catalogue method for any Moodle function the reference declares.")
final class CatalogueNewCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FUNCTION", description = "The Moodle function, e.g. core_enrol_get_enrolled_users.")
    private String function;

    @Option(names = "--id", paramLabel = "ID", description = "The method id (default: from the function name, e.g."
            + " enrol.get-enrolled-users).")
    private String id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the file here instead of stdout.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        MoodleReference reference = MoodleReference.shipped();
        if (reference.function(function).isEmpty()) {
            throw new UsageException("Moodle " + reference.release() + " declares no function '" + function + "'"
                    + Typos.didYouMean(function, reference.functions().stream().map(MoodleFunction::name).toList()));
        }
        String methodId = id != null ? id : MethodGenerator.defaultId(function);
        if (!MethodGenerator.validId(methodId)) {
            throw new UsageException("--id: '" + methodId + "' is not a method id; expected dotted lower-case words,"
                    + " e.g. enrol.list-users");
        }
        String yaml = new MethodGenerator(reference).file(function, methodId).orElseThrow();
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(yaml);
        } else {
            try {
                Files.writeString(output, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw new UsageException("--output " + output + ": the file exists; choose another name", e);
            }
            out.println("wrote " + output + " (method " + methodId + "); lint it with: connector catalogue lint "
                    + output);
        }
        out.flush();
        return 0;
    }
}
