package io.moodleconnector.host.cli;

import io.moodleconnector.catalogue.CatalogueFolders;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.host.ConnectorHost;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code --catalogue DIR}: hands the folders to the Moodle connector through its host-level setting, the system
 * property {@value CatalogueFolders#PROPERTY}, for as long as the host takes to construct its connectors (PF4J makes
 * them while opening); then restores the property, so one command's folders never leak into the next in the same
 * JVM. The plugin checks the files itself and leaves out a bad one; this option prints that file's problems on
 * stderr, each as {@code warning: file:line:column: pointer: message}.
 */
final class CatalogueFoldersOption {
    private CatalogueFoldersOption() {
    }

    static synchronized ConnectorHost open(List<Path> folders, Supplier<ConnectorHost> opener, PrintWriter err) {
        if (folders.isEmpty()) {
            return opener.get();
        }
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new UsageException("--catalogue " + f + ": not a folder");
            }
        }
        for (Problem p : CatalogueFolders.load(new CatalogueLoader().loadShipped(), folders).problems()) {
            err.println("warning: " + p);
        }
        err.flush();
        String previous = System.getProperty(CatalogueFolders.PROPERTY);
        System.setProperty(CatalogueFolders.PROPERTY, folders.stream().map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining(java.io.File.pathSeparator)));
        try {
            return opener.get();
        } finally {
            if (previous == null) {
                System.clearProperty(CatalogueFolders.PROPERTY);
            } else {
                System.setProperty(CatalogueFolders.PROPERTY, previous);
            }
        }
    }
}
