package io.moodleconnector.sandbox.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PHP array as form decoding builds it: ordered keys, keys as the decoded text (PHP's integer keys have one decimal form, so text equality is key equality), and
 * PHP's "next free element" for {@code a[]=} appends. Values are {@code String} or nested {@code PhpArray}.
 * Mutable while a request body is decoded, then only read; confined to one request thread.
 */
public final class PhpArray {
    private final Map<String, Object> entries = new LinkedHashMap<>();
    private long nextFree;

    /** Sets a key as PHP's zend_symtable_update does; an integer-like key moves the next free element on. */
    public void put(String key, Object value) {
        entries.put(key, value);
        advance(key);
    }

    /** Appends with the next free integer key, as {@code a[]=} does. */
    public String append(Object value) {
        String k = Long.toString(nextFree);
        entries.put(k, value);
        advance(k);
        return k;
    }

    public Object get(String key) {
        return entries.get(key);
    }

    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    public int size() {
        return entries.size();
    }

    private void advance(String k) {
        if (isIntegerKey(k)) {
            long v = Long.parseLong(k);
            if (v >= nextFree) {
                nextFree = v + 1;
            }
        }
    }

    static boolean isIntegerKey(String k) {
        if (k.isEmpty() || k.length() > 19) {
            return false;
        }
        int start = k.charAt(0) == '-' ? 1 : 0;
        if (start == k.length()) {
            return false;
        }
        if (k.charAt(start) == '0' && (k.length() > start + 1 || start == 1)) {
            return false;
        }
        for (int i = start; i < k.length(); i++) {
            if (k.charAt(i) < '0' || k.charAt(i) > '9') {
                return false;
            }
        }
        try {
            Long.parseLong(k);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
