package io.moodleconnector.sandbox.state;

/**
 * A user. {@code access} says what the user's site role allows over web services (the lab had a manager-archetype
 * web-service user, one without {@code webservice/rest:use}, and one with only that capability).
 */
public record User(long id, String username, String firstname, String lastname, String email, String idnumber,
                   String city, String country, String auth, String lang, boolean deleted, Access access,
                   long timecreated) {

    /** What the user's site role grants. */
    public enum Access { MANAGER, REST_ONLY, NO_REST }

    public String fullname() {
        return firstname + " " + lastname;
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + username + "]";
    }
}
