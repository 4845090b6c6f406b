package io.moodleconnector.sandbox.state;

/** A group. {@code enrolmentKey} is null when the group was made without one through the PHP API. */
public record Group(long id, long courseId, String name, String description, int descriptionFormat,
                    String enrolmentKey, String idnumber, int visibility, boolean participation, long timecreated,
                    long timemodified) {

    public Group withDetails(String newName, String newDescription, int newFormat, String newKey, String newIdnumber,
                             int newVisibility, boolean newParticipation, long now) {
        return new Group(id, courseId, newName, newDescription, newFormat, newKey, newIdnumber, newVisibility,
                newParticipation, timecreated, now);
    }
}
