package io.moodleconnector.sandbox.functions;

import java.util.List;
import java.util.Map;

/** Typed reads of validated parameters (see ParameterValidator for what each PARAM type becomes). */
final class Params {
    private Params() {
    }

    static long id(Map<String, Object> p, String key) {
        return (Long) p.get(key);
    }

    static String text(Map<String, Object> p, String key) {
        return (String) p.get(key);
    }

    /** An optional text parameter, or the fallback when it was not sent. */
    static String text(Map<String, Object> p, String key, String fallback) {
        Object v = p.get(key);
        return v == null ? fallback : v.toString();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> p, String key) {
        return (List<Map<String, Object>>) p.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Long> ids(Map<String, Object> p, String key) {
        return (List<Long>) p.get(key);
    }
}
