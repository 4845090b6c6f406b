package io.moodleconnector.host.cli;

import picocli.CommandLine.Command;

/** {@code connector catalogue ...}: tools for catalogue authors. Only groups its subcommands. */
@Command(name = "catalogue", description = "Tools for catalogue authors.",
        subcommands = {CatalogueLintCommand.class})
final class CatalogueCommand {
}
