package io.moodleconnector.moodle.executor;

import io.moodleconnector.spi.CompactMap;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one JSON value straight from a stream into the SPI's plain values, with Jackson's streaming parser: no
 * byte array of the whole body, no tree. Objects become the SPI's {@link CompactMap}s (keys shared per shape),
 * arrays the SPI's compact lists, integers {@link Long} ({@link BigDecimal} beyond its range), decimals
 * {@link BigDecimal} (digits kept as sent), short repeated strings one instance each ({@link StringCache}): only JDK
 * and SPI types, so what it returns outlives the plugin's class loader as it is, with no pass to convert it.
 * Everything it returns is unmodifiable, except through {@code EDITOR}. A repeated key keeps its first place and its
 * last value, as a Jackson tree would.
 *
 * <p>Within {@link ReplyLimits}: it counts the values, charges each its estimated heap (and its own scratch space),
 * and lets Jackson bound nesting and string length, so that a reply small in bytes but huge decoded fails with a
 * {@link StreamConstraintsException} instead of filling the heap.
 *
 * <p>One instance per value read (it holds per-reply caches); not thread-safe. Use {@link #read}.
 */
public final class PlainJsonReader {
    /** Estimated sizes on a 64-bit JVM with compressed references (any heap under 32 GB). */
    private static final int REF = 4;
    private static final int RECORD = 24 + 16;
    private static final int LIST = 24 + 16;
    private static final int BOXED_LONG = 24;
    private static final int DECIMAL = 40;
    private static final ReplyLimits DEFAULT_LIMITS = ReplyLimits.forByteCap(64L * 1024 * 1024);
    /**
     * The one editor of every value this reader makes, so that {@link OutputNormaliser} can convert a reply just read
     * in place (a large reply is never copied). Private to this package: a host receiving the values cannot change
     * them.
     */
    static final CompactMap.Editor EDITOR = new CompactMap.Editor();
    /** Parser factories by (depth, string) limits: one per distinct connection cap in use, bounded. */
    private static final Map<Long, TokenStreamFactory> FACTORIES = new ConcurrentHashMap<>();

    private final JsonParser parser;
    private final ReplyLimits limits;
    private long count;
    private long heap;
    private final StringCache strings = new StringCache();
    private final Shapes shapes = new Shapes(EDITOR);
    /** Scratch space per nesting depth, reused by every object and array at that depth. */
    private String[][] names = new String[8][];
    private Object[][] values = new Object[8][];

    private PlainJsonReader(JsonParser parser, ReplyLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /**
     * The one JSON value of the stream: JSON {@code null} is {@code null}.
     *
     * @throws JacksonException for anything that is not exactly one complete JSON value (empty, truncated,
     *                          malformed, trailing content, over Jackson's read constraints); a
     *                          {@link tools.jackson.core.exc.JacksonIOException} when the stream itself failed
     */
    public static Object read(InputStream in) {
        return read(in, DEFAULT_LIMITS);
    }

    /**
     * The one JSON value of the stream, within these limits.
     *
     * @throws StreamConstraintsException when the value is beyond a limit (a {@link JacksonException}; see
     *                                    {@link #read(InputStream)} for the others)
     */
    public static Object read(InputStream in, ReplyLimits limits) {
        try (JsonParser p = factory(limits).createParser(ObjectReadContext.empty(), in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new StreamReadException(p, "no JSON value: the body is empty");
            }
            Object value = new PlainJsonReader(p, limits).value(first, 0);
            if (p.nextToken() != null) {
                throw new StreamReadException(p, "more than one JSON value: content after the end");
            }
            return value;
        }
    }

    private static TokenStreamFactory factory(ReplyLimits limits) {
        long key = ((long) limits.maxDepth() << 32) | limits.maxStringChars();
        TokenStreamFactory f = FACTORIES.get(key);
        if (f == null) {
            // A bare JsonFactory, not the mapper's: a reply needs no mapper, and not building one spares a cold
            // start's first call some 350 Jackson classes.
            f = new JsonFactory().rebuild().streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth()).maxStringLength(limits.maxStringChars())
                    .maxNameLength(Math.min(limits.maxStringChars(), StreamReadConstraints.DEFAULT_MAX_NAME_LEN))
                    .build()).build();
            if (FACTORIES.size() < 16) {
                FACTORIES.put(key, f);
            }
        }
        return f;
    }

    /** Counts a value and charges its heap (plus its place in its parent); fails past a limit. */
    private void charge(long bytes) {
        heap += bytes;
        if (heap > limits.maxHeapBytes()) {
            throw new StreamConstraintsException("the reply decodes to more than " + limits.maxHeapBytes()
                    + " bytes of heap (estimated, after " + count + " values)");
        }
    }

    private Object value(JsonToken token, int depth) {
        if (++count > limits.maxValues()) {
            throw new StreamConstraintsException("the reply holds more than " + limits.maxValues() + " JSON values");
        }
        charge(REF);
        return switch (token) {
            case START_OBJECT -> object(depth);
            case START_ARRAY -> array(depth);
            case VALUE_STRING -> string();
            case VALUE_NUMBER_INT -> integer();
            case VALUE_NUMBER_FLOAT -> decimal(parser.getDecimalValue());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new StreamReadException(parser, "unexpected JSON token " + token);
        };
    }

    private String string() {
        String s = strings.get(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
        charge(strings.takeMadeBytes());
        return s;
    }

    private Object integer() {
        if (parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            long v = parser.getLongValue();
            charge(v >= -128 && v <= 127 ? 0 : BOXED_LONG); // Long.valueOf shares the small ones
            return v;
        }
        BigInteger big = parser.getBigIntegerValue();
        return big.bitLength() < 64 ? (Object) big.longValue() : decimal(new BigDecimal(big));
    }

    private BigDecimal decimal(BigDecimal d) {
        charge(DECIMAL + (d.precision() > 18 ? DECIMAL + d.precision() / 2 : 0)); // past 18 digits: a BigInteger too
        return d;
    }

    private Map<String, Object> object(int depth) {
        ensureDepth(depth);
        int n = 0;
        // While the keys so far are those of the last object at this depth, a key in that shape's next place is
        // known to be new: no search for a repeat, which would cost a scan per key.
        CompactMap.Keys hint = shapes.last(depth);
        boolean onHint = hint != null;
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            Object v = value(parser.nextToken(), depth + 1);
            onHint = onHint && n < hint.size() && hint.get(n) == name;
            int at = onHint ? -1 : indexOf(names[depth], n, name);
            if (at >= 0) {
                values[depth][at] = v; // a repeated key: last value wins, first place kept
                continue;
            }
            if (n == names[depth].length) {
                charge(2L * n * 2 * REF); // the scratch grows, the old one is garbage
                names[depth] = Arrays.copyOf(names[depth], n * 2);
                values[depth] = Arrays.copyOf(values[depth], n * 2);
            }
            names[depth][n] = name;
            values[depth][n++] = v;
        }
        if (t != JsonToken.END_OBJECT) {
            throw new StreamReadException(parser, "unexpected JSON token " + t + " in an object");
        }
        if (n == 0) {
            return Map.of();
        }
        CompactMap.Keys keys = shapes.of(names[depth], n, depth);
        charge(RECORD + shapes.takeMadeBytes());
        Object[] vals = Arrays.copyOf(values[depth], n);
        Arrays.fill(values[depth], 0, n, null); // the scratch must not keep the reply alive
        return CompactMap.of(keys, vals);
    }

    private List<Object> array(int depth) {
        ensureDepth(depth);
        int n = 0;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new StreamReadException(parser, "the body ends inside an array");
            }
            Object v = value(t, depth + 1);
            if (n == values[depth].length) {
                charge((long) n * 2 * REF);
                values[depth] = Arrays.copyOf(values[depth], n * 2);
            }
            values[depth][n++] = v;
        }
        if (n == 0) {
            return List.of();
        }
        charge(LIST);
        Object[] elements = Arrays.copyOf(values[depth], n);
        Arrays.fill(values[depth], 0, n, null);
        return EDITOR.list(elements);
    }

    /**
     * Where a name already is among the first {@code n}; -1 when it is new. Names are canonical (one instance per
     * name) in Jackson, so the identity test settles almost every comparison.
     */
    private static int indexOf(String[] names, int n, String name) {
        for (int i = n - 1; i >= 0; i--) {
            if (names[i] == name || names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void ensureDepth(int depth) {
        if (depth >= names.length) {
            int size = Math.max(depth + 1, names.length * 2);
            names = Arrays.copyOf(names, size);
            values = Arrays.copyOf(values, size);
        }
        if (names[depth] == null) {
            names[depth] = new String[16];
            values[depth] = new Object[16];
        }
    }
}
