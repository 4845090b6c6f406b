package io.moodleconnector.sandbox.state;

/** A grouping. */
public record Grouping(long id, long courseId, String name, String description, int descriptionFormat,
                       String idnumber, long timecreated, long timemodified) {

    public Grouping withDetails(String newName, String newDescription, int newFormat, String newIdnumber, long now) {
        return new Grouping(id, courseId, newName, newDescription, newFormat, newIdnumber, timecreated, now);
    }
}
