package io.moodleconnector.spi;

/**
 * What a failed call did to the remote system, as far as the connector can know. A platform decides whether to
 * retry from {@link ConnectorException#retriable()} and this, never from the exception's type.
 *
 * <ul>
 *   <li>{@link #NOT_APPLIED}: nothing was written. Either nothing was sent, Moodle refused the request before its
 *       function ran, or the function raised inside its delegated transaction, which Moodle rolled back.</li>
 *   <li>{@link #APPLIED}: the write took effect (in part, for a {@link PartialFailureException}: its items say
 *       which), although the call as a whole failed.</li>
 *   <li>{@link #UNKNOWN}: a write may have reached Moodle and no complete reply came back (a reset, a timeout after
 *       the body was sent, a reply Moodle raised while checking its own answer after commit). Retrying it blindly
 *       may apply it twice; look the object up first.</li>
 * </ul>
 */
public enum Outcome {
    APPLIED,
    NOT_APPLIED,
    UNKNOWN;

    /** The lower-case wire name, e.g. {@code not_applied}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
