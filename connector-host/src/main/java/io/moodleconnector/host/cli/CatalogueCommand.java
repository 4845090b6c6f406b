package io.moodleconnector.host.cli;

import picocli.CommandLine.Command;

/** {@code connector catalogue ...}: tools for catalogue authors. Only groups its subcommands. */
@Command(name = "catalogue", mixinStandardHelpOptions = true, description = "Tools for catalogue authors.",
        subcommands = {CatalogueLintCommand.class, CatalogueNewCommand.class})
final class CatalogueCommand {
}
