package io.moodleconnector.moodle.probe;

/**
 * What Moodle answered to one call: its errorcode, or the plain JSON value of a successful reply.
 *
 * @param errorcode Moodle's errorcode, or null on success
 * @param value     the reply (maps, lists, scalars; null for a function that answers nothing); null on error
 */
record Answer(String errorcode, Object value) {
    boolean ok() {
        return errorcode == null;
    }

    /** For messages: the errorcode, or "an answer". */
    String describe() {
        return ok() ? "an answer" : errorcode;
    }
}
