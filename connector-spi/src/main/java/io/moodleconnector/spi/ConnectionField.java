package io.moodleconnector.spi;

import java.util.Objects;

/**
 * One field a platform user fills in to connect, such as the site URL or the token.
 *
 * @param name        the machine name, e.g. {@code token}
 * @param label       the label a form shows, e.g. {@code Web service token}
 * @param description what to put there and where to find it
 * @param secret      whether the value is a secret the host must store encrypted and never display
 * @param required    whether a connection needs it
 */
public record ConnectionField(String name, String label, String description, boolean secret, boolean required) {
    public ConnectionField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }
}
