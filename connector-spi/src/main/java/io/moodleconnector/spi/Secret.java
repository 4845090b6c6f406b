package io.moodleconnector.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A secret value, such as a Moodle web-service token, that must never be printed.
 *
 * <p>{@link #toString()} always answers {@code [hidden]}; only {@link #reveal()} gives the value, and the connector
 * calls it only where the value goes on the wire. Equality compares the values in constant time, so that two
 * connections with the same token are equal without the comparison leaking timing.
 *
 * <p>Immutable and thread-safe.
 */
public final class Secret {
    private static final String HIDDEN = "[hidden]";
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a secret value; the value itself is never part of any message this class builds.
     *
     * @throws IllegalArgumentException if the value is null (a missing token; to check a whole connection config
     *                                  and name every missing field, use {@link ConnectionSpec#validate})
     */
    public static Secret of(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a secret needs a value, got null (is the token missing?)");
        }
        return new Secret(value);
    }

    /** The secret itself. Call this only to put it on the wire. */
    public String reveal() {
        return value;
    }

    /** Whether the secret is the empty string. */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        // A constant: a hash derived from the value would be a (weak) oracle for it.
        return 0x5ec7e7;
    }

    @Override
    public String toString() {
        return HIDDEN;
    }
}
