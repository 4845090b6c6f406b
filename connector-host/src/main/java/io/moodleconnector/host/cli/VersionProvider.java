package io.moodleconnector.host.cli;

import picocli.CommandLine;

/** {@code --version}: the host jar's Implementation-Version, written into its manifest by the build. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ConnectorCli.class.getPackage().getImplementationVersion();
        return new String[] {"connector " + (version == null ? "(development build)" : version)};
    }
}
