package io.moodleconnector.moodle.executor;

/**
 * Gives one String instance for repeats of a short string value within one reply (auth methods, languages,
 * countries, empty strings, institution names): a large reply then holds each such value once instead of once per
 * record. Direct-mapped and bounded: a slot holds the last string hashed to it, so memory stays small whatever the
 * reply holds; the table grows with use, so a small reply allocates little. One instance per reply read; not
 * thread-safe.
 */
final class StringCache {
    /** Longer values are rarely repeated (descriptions, URLs): they are not looked up. */
    static final int MAX_LENGTH = 48;
    private static final int MIN_SLOTS = 64;
    private static final int MAX_SLOTS = 4096;

    /** A String's own estimated heap beyond its characters: object and array headers. */
    private static final int STRING_OVERHEAD = 24 + 16;

    private String[] slots = new String[MIN_SLOTS];
    private int lookups;
    private long madeBytes;

    /**
     * The estimated heap of the strings made since the last call (a string shared from the cache costs nothing),
     * at one byte a character: Latin-1 text takes one byte a character in a String, and any other character took at
     * least two bytes of the reply too.
     */
    long takeMadeBytes() {
        long made = madeBytes;
        madeBytes = 0;
        return made;
    }

    /** The string of these characters, the same instance as an earlier equal one when it is still cached. */
    String get(char[] chars, int offset, int length) {
        if (length == 0) {
            return "";
        }
        if (length > MAX_LENGTH) {
            madeBytes += STRING_OVERHEAD + length;
            return new String(chars, offset, length);
        }
        grow();
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        int slot = (h ^ (h >>> 16)) & (slots.length - 1);
        String cached = slots[slot];
        if (cached != null && same(cached, chars, offset, length)) {
            return cached;
        }
        String s = new String(chars, offset, length);
        madeBytes += STRING_OVERHEAD + length;
        slots[slot] = s;
        return s;
    }

    /** Doubles the table (dropping its content: it is a cache) each time it has served 8 lookups per slot. */
    private void grow() {
        if (++lookups > slots.length * 8 && slots.length < MAX_SLOTS) {
            slots = new String[slots.length * 2];
            lookups = 0;
        }
    }

    private static boolean same(String s, char[] chars, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
