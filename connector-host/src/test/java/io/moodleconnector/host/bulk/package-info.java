/** Bulk writes end to end: the packaged plugin through PF4J against the sandbox, and what outlives the plugin. */
package io.moodleconnector.host.bulk;
