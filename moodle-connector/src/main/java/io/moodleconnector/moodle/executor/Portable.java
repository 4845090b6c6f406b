package io.moodleconnector.moodle.executor;

import io.moodleconnector.spi.CompactMap;
import io.moodleconnector.spi.ConnectorException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes what leaves the plugin independent of the plugin's class loader, so that a host may stop or hot-reload the
 * plugin while it still holds results and errors: reply objects become the SPI's {@link CompactMap} (same values
 * array, shared keys), reply arrays unmodifiable JDK lists over the same array, and a cause chain holding a plugin
 * library's exception (OkHttp, resilience4j, Jackson) a JDK stand-in naming it. Cheap: one small object per record
 * and per list, nothing copied.
 *
 * <p>Converts <b>in place</b>, like {@link OutputNormaliser}: only on a reply just read for this call and not yet
 * handed out. One instance per reply; not thread-safe.
 */
final class Portable {
    private final Map<Shape, CompactMap.Keys> keys = new IdentityHashMap<>();

    private Portable() {
    }

    /** A reply's value made only of JDK and SPI types. */
    static Object value(Object v) {
        return new Portable().convert(v);
    }

    private Object convert(Object v) {
        if (v instanceof CompactRecord r) {
            Object[] values = r.valueArray();
            for (int i = 0; i < values.length; i++) {
                values[i] = convert(values[i]);
            }
            return CompactMap.of(keys.computeIfAbsent(r.shape(), Portable::keysOf), values);
        }
        if (v instanceof PlainList l) {
            Object[] elements = l.elements();
            for (int i = 0; i < elements.length; i++) {
                elements[i] = convert(elements[i]);
            }
            return Collections.unmodifiableList(Arrays.asList(elements));
        }
        if (v == null || v instanceof CompactMap || isPortable(v.getClass()) && !(v instanceof Map<?, ?>)
                && !(v instanceof List<?>)) {
            return v;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, x) -> copy.put(String.valueOf(k), convert(x)));
            return Collections.unmodifiableMap(copy);
        }
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(x -> copy.add(convert(x)));
            return Collections.unmodifiableList(copy);
        }
        return v.toString(); // no other type is made by the reader or the conversions; text is the safe fallback
    }

    private static CompactMap.Keys keysOf(Shape shape) {
        String[] names = new String[shape.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = shape.key(i);
        }
        return CompactMap.Keys.of(names);
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
