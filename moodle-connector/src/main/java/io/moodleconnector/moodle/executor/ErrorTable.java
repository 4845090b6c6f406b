package io.moodleconnector.moodle.executor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The one table from Moodle errorcode to {@link ErrorKind}, read from {@code errorcodes.properties} next to this
 * class. Immutable and thread-safe.
 */
public final class ErrorTable {
    private static final String RESOURCE = "errorcodes.properties";
    private final Map<String, ErrorKind> kinds;

    private ErrorTable(Map<String, ErrorKind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** The table shipped with the connector. */
    public static ErrorTable shipped() {
        Properties p = new Properties();
        try (InputStream in = ErrorTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the error table " + RESOURCE + " is missing from the plugin");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the error table " + RESOURCE, e);
        }
        Map<String, ErrorKind> kinds = new HashMap<>();
        for (String code : p.stringPropertyNames()) {
            kinds.put(code, ErrorKind.valueOf(p.getProperty(code).strip().toUpperCase(Locale.ROOT)));
        }
        return new ErrorTable(kinds);
    }

    /** The kind of an errorcode; {@link ErrorKind#REMOTE} for any code the table does not list. */
    public ErrorKind kindOf(String errorCode) {
        return errorCode == null ? ErrorKind.REMOTE : kinds.getOrDefault(errorCode, ErrorKind.REMOTE);
    }
}
