package io.moodleconnector.host.doctor;

import java.util.List;
import java.util.Objects;

/**
 * One capability the admin must give the web-service user's role.
 *
 * @param capability the capability, e.g. {@code moodle/role:assign}
 * @param context    where the role needs it: {@code system}, {@code course} or {@code activity} (a role given at
 *                   system level, as the vendor guide does, covers every course and activity)
 * @param methods    the methods it makes usable, in catalogue order
 * @param inGuide    whether the vendor guide's list has it (when not, the admin could not have known)
 * @param note       what else the methods' answers depend on, or null
 */
public record CapabilityTask(String capability, String context, List<String> methods, boolean inGuide, String note) {
    public CapabilityTask {
        Objects.requireNonNull(capability, "capability");
        methods = List.copyOf(methods);
    }
}
