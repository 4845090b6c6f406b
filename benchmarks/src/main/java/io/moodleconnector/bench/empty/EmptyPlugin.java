package io.moodleconnector.bench.empty;

import org.pf4j.Plugin;

/** A PF4J plugin that does nothing: what a host pays to load any plugin, the cold-start baseline. */
public final class EmptyPlugin extends Plugin {
}
