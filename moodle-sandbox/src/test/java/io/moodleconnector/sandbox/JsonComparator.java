package io.moodleconnector.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares a recorded reply with the sandbox's, strictly (keys, key order, JSON types, values, array order), except
 * for the values of keys that must differ between two sites (ids where the site differs, timestamps, keys).
 */
final class JsonComparator {
    private final Set<String> ignoredKeys;

    JsonComparator(Set<String> ignoredKeys) {
        this.ignoredKeys = ignoredKeys;
    }

    List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    private void compare(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.getNodeType() != actual.getNodeType()
                || expected.isIntegralNumber() != actual.isIntegralNumber()) {
            out.add(pointer + ": expected " + expected.getNodeType() + " " + expected + " but was "
                    + actual.getNodeType() + " " + actual);
            return;
        }
        if (expected.isObject()) {
            List<String> ek = new ArrayList<>(expected.propertyNames());
            List<String> ak = new ArrayList<>(actual.propertyNames());
            if (!ek.equals(ak)) {
                out.add(pointer + ": expected keys " + ek + " but were " + ak);
                return;
            }
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                if (!ignoredKeys.contains(e.getKey()) && !isLastLoadedValue(expected, e.getKey())) {
                    compare(pointer + "/" + e.getKey(), e.getValue(), actual.get(e.getKey()), out);
                }
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(pointer + ": expected " + expected.size() + " elements but were " + actual.size() + ": "
                        + actual);
                return;
            }
            Iterator<JsonNode> a = actual.iterator();
            int i = 0;
            for (JsonNode e : expected) {
                compare(pointer + "/" + i++, e, a.next(), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(pointer + ": expected " + expected + " but was " + actual);
        }
    }

    /** The user preference {@code _lastloaded} is the time the user record was last loaded. */
    private static boolean isLastLoadedValue(JsonNode object, String key) {
        return key.equals("value") && object.path("name").asString("").equals("_lastloaded");
    }
}
