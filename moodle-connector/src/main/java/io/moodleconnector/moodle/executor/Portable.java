package io.moodleconnector.moodle.executor;

import io.moodleconnector.spi.ConnectorException;
import java.io.IOException;

/**
 * Makes the errors that leave the plugin independent of the plugin's class loader, so that a host may stop or
 * hot-reload the plugin while it still holds them: a cause chain holding a plugin library's exception (OkHttp,
 * resilience4j, Jackson) becomes a JDK stand-in naming it. Results need nothing: {@link PlainJsonReader} makes them
 * of JDK and SPI types only ({@link io.moodleconnector.spi.CompactMap} and the SPI's lists). Stateless.
 */
final class Portable {
    private Portable() {
    }

    /**
     * A cause chain made only of JDK and SPI types: the chain itself when it is, else JDK stand-ins that keep each
     * link's class name, message and stack trace.
     */
    static Throwable cause(Throwable t) {
        if (t == null || chainIsPortable(t)) {
            return t;
        }
        String text = isPortable(t.getClass()) ? t.getMessage() : t.getClass().getName() + ": " + t.getMessage();
        Throwable standIn = t instanceof IOException ? new IOException(text) : new RuntimeException(text);
        standIn.setStackTrace(t.getStackTrace());
        if (t.getCause() != null && t.getCause() != t) {
            standIn.initCause(cause(t.getCause()));
        }
        return standIn;
    }

    private static boolean chainIsPortable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (!isPortable(c.getClass()) || c.getSuppressed().length > 0) {
                return false;
            }
        }
        return true;
    }

    /** A JDK class (boot or platform loader) or one of the SPI's: loaded by the host, whatever happens to us. */
    static boolean isPortable(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader == null || loader == ClassLoader.getPlatformClassLoader()
                || type.getPackageName().equals(ConnectorException.class.getPackageName());
    }
}
