package io.moodleconnector.sandbox.roles;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The capabilities a web-service user's role holds at system context (so in every course and activity too).
 *
 * @param name         {@code full}, {@code minimal}, {@code none} or {@code custom}
 * @param capabilities the capabilities held; ignored when {@code all}
 * @param all          whether every capability is held (a manager-archetype role)
 */
public record Role(String name, Set<String> capabilities, boolean all) {
    /** The capability every web-service call needs first. */
    public static final String REST_USE = "webservice/rest:use";

    public Role {
        Objects.requireNonNull(name, "name");
        capabilities = Set.copyOf(capabilities);
    }

    /** Every capability: the manager archetype plus the guide's capabilities, as the lab's full role. */
    public static Role full() {
        return new Role("full", Set.of(), true);
    }

    /**
     * A role from the command line: {@code full}, {@code minimal} (the probes file's minimal role), {@code none}
     * (only {@code webservice/rest:use}), or capabilities such as {@code moodle/course:view} (comma or space
     * separated; {@code webservice/rest:use} is not added for you).
     *
     * @throws IllegalArgumentException naming a word that is neither a role name nor a capability
     */
    public static Role parse(List<String> words) {
        if (words.size() == 1 && words.get(0).equals("full")) {
            return full();
        }
        if (words.size() == 1 && RoleChecks.table().roles().containsKey(words.get(0))) {
            return new Role(words.get(0), RoleChecks.table().roles().get(words.get(0)), false);
        }
        Set<String> caps = new LinkedHashSet<>();
        for (String w : words) {
            for (String cap : w.split("[,\\s]+")) {
                if (cap.isEmpty()) {
                    continue;
                }
                if (!cap.matches("[a-z][a-z0-9_]*/[a-z0-9_]+:[a-z0-9_]+")) {
                    throw new IllegalArgumentException("'" + cap + "' is neither full, minimal, none nor a "
                            + "capability such as moodle/course:view");
                }
                caps.add(cap);
            }
        }
        return new Role("custom", caps, false);
    }

    public boolean has(String capability) {
        return all || capabilities.contains(capability);
    }
}
