package io.moodleconnector.moodle.executor;

/**
 * How much one reply may decode to, derived from the connection's {@code maxResponseBytes} so that the largest reply
 * allowed fits, decoded, in a heap of four times that cap. The byte cap alone does not bound the heap: a reply of
 * {@code {"a":1},} repeated costs about six times its bytes as objects, and an endless nesting costs stack.
 * Immutable.
 *
 * @param maxValues       JSON values (objects, arrays, strings, numbers, booleans, nulls) in the reply
 * @param maxHeapBytes    the estimated heap of the decoded reply ({@link PlainJsonReader} charges every value its
 *                        size on a 64-bit JVM with compressed references, and the reader's scratch space)
 * @param maxDepth        nesting of arrays and objects
 * @param maxStringChars  characters in one string or key (Jackson holds a long string twice, as chars, while it
 *                        reads it)
 */
public record ReplyLimits(long maxValues, long maxHeapBytes, int maxDepth, int maxStringChars) {
    /** Deeper than any Moodle reply (its deepest structures nest about 6 levels). */
    public static final int MAX_DEPTH = 64;
    /** The decoded reply may take this many times the byte cap of heap; the rest of a 4x heap is for the JVM. */
    public static final int HEAP_PER_BYTE = 2;
    /** One value per this many bytes of the cap: {@code {"id":1},} is 8 bytes for 2 values. */
    public static final int BYTES_PER_VALUE = 4;
    /** One string may hold an eighth of the cap in characters, but always 1 Mi (the cap bounds it anyway). */
    public static final int STRING_SHARE = 8;
    private static final int MIN_STRING_CHARS = 1 << 20;

    /** The limits of a reply whose body may have {@code maxResponseBytes} bytes. */
    public static ReplyLimits forByteCap(long maxResponseBytes) {
        long chars = Math.min(maxResponseBytes, Math.max(maxResponseBytes / STRING_SHARE, MIN_STRING_CHARS));
        return new ReplyLimits(Math.max(1, maxResponseBytes / BYTES_PER_VALUE),
                saturatedTimes(maxResponseBytes, HEAP_PER_BYTE), MAX_DEPTH,
                (int) Math.min(Integer.MAX_VALUE - 16, chars));
    }

    private static long saturatedTimes(long a, int b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
