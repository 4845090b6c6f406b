package io.moodleconnector.moodle.executor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/** Plain values near a schema. */
final class NearValues {
    private static final List<Object> ODD_VALUES = List.of(1.0, 1.5, 0.0f, BigDecimal.ONE, BigInteger.TWO,
            new BigInteger("18446744073709551616"), new BigDecimal("1e400"), Long.MAX_VALUE, Long.MIN_VALUE,
            Integer.MIN_VALUE, -1, 0, 1, 2, 3, 4, 5, (short) 1, (byte) 1, true, false, "", "x", "\uD800", "a\uDC00",
            "\uD83D\uDE00", "jdoe@example.com", "jdoe@", "j doe@example.com", "jdoe@example.com\u00a0",
            "a@b", "DE", "de", "manual", "Europe/Berlin", " ", "-", "1", "0", List.of(), Map.of(), 'c');

    private NearValues() {
    }

    /** A tree as plain values, whole numbers as Integer where they fit (or all as Long). */
    static Object plain(JsonNode node, boolean longs) {
        Object p = PlainTrees.toPlain(node);
        return longs ? copy(p) : narrowed(p);
    }

    private static Object narrowed(Object v) {
        if (v instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, narrowed(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(narrowed(x)));
            return out;
        }
        return v;
    }

    private static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, copy(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(copy(x)));
            return out;
        }
        return v;
    }

    /** A value made from the schema: likely valid, though a pattern may be missed. */
    static Object fromSchema(JsonNode schema, Random random) {
        if (schema == null || !schema.isObject()) {
            return random.nextBoolean() ? "x" : 1;
        }
        if (schema.has("const")) {
            return PlainTrees.toPlain(schema.get("const"));
        }
        if (schema.has("enum")) {
            JsonNode e = schema.get("enum");
            return narrowed(PlainTrees.toPlain(e.get(random.nextInt(e.size()))));
        }
        if (schema.has("anyOf") && random.nextBoolean()) {
            JsonNode branches = schema.get("anyOf");
            return fromSchema(branches.get(random.nextInt(branches.size())), random);
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "string" -> text(schema, random);
            case "integer" -> (int) (schema.path("minimum").asLong(0) + random.nextInt(5));
            case "boolean" -> random.nextBoolean();
            case "array" -> {
                List<Object> out = new ArrayList<>();
                int n = schema.path("minItems").asInt(0) + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    out.add(fromSchema(schema.get("items"), random));
                }
                yield out;
            }
            default -> object(schema, random);
        };
    }

    private static Map<String, Object> object(JsonNode schema, Random random) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            if (required.contains(p.getKey()) || random.nextInt(3) == 0) {
                out.put(p.getKey(), fromSchema(p.getValue(), random));
            }
        }
        if (schema.has("anyOf")) {
            JsonNode branch = schema.get("anyOf").get(random.nextInt(schema.get("anyOf").size()));
            for (JsonNode r : branch.path("required")) {
                JsonNode own = branch.path("properties").get(r.asString());
                out.put(r.asString(), fromSchema(own != null ? own : schema.path("properties").get(r.asString()),
                        random));
            }
        }
        return out;
    }

    private static String text(JsonNode schema, Random random) {
        if ("email".equals(schema.path("format").asString(null))) {
            return "user" + random.nextInt(1000) + "@example.com";
        }
        int min = schema.path("minLength").asInt(0);
        int max = Math.min(schema.path("maxLength").asInt(min + 12), min + 12);
        int n = min + random.nextInt(Math.max(1, max - min + 1));
        String alphabet = random.nextBoolean() ? "abcxyz019_" : "aZ9 -./@é\uD83D\uDE00";
        StringBuilder out = new StringBuilder();
        while (out.codePointCount(0, out.length()) < n) {
            int i = random.nextInt(alphabet.length());
            out.append(Character.isHighSurrogate(alphabet.charAt(i)) ? alphabet.substring(i, i + 2)
                    : Character.isLowSurrogate(alphabet.charAt(i)) ? "q" : alphabet.substring(i, i + 1));
        }
        return out.toString();
    }

    /** The value with one change somewhere in it. */
    static Object mutate(Object value, JsonNode schema, Random random) {
        if (value instanceof Map<?, ?> m && !m.isEmpty() && random.nextInt(3) > 0) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) m);
            List<String> keys = new ArrayList<>(map.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(6)) {
                case 0 -> map.remove(key);
                case 1 -> map.put(random.nextBoolean() ? "bogus" : "k\uD800", odd(random));
                default -> map.put(key, mutate(map.get(key), property(schema, key), random));
            }
            return map;
        }
        if (value instanceof Map<?, ?> m && random.nextBoolean() && schema != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) m);
            List<String> names = new ArrayList<>();
            schema.path("properties").propertyNames().forEach(names::add);
            if (!names.isEmpty()) {
                String name = names.get(random.nextInt(names.size()));
                map.put(name, fromSchema(schema.path("properties").get(name), random));
                return map;
            }
        }
        if (value instanceof List<?> l && !l.isEmpty() && random.nextInt(3) > 0) {
            List<Object> list = new ArrayList<>(l);
            int i = random.nextInt(list.size());
            JsonNode items = schema == null ? null : schema.get("items");
            switch (random.nextInt(5)) {
                case 0 -> list.clear();
                case 1 -> list.add(list.get(i));
                default -> list.set(i, mutate(list.get(i), items, random));
            }
            return list;
        }
        if (value instanceof String s && random.nextBoolean()) {
            return switch (random.nextInt(6)) {
                case 0 -> s.repeat(300);
                case 1 -> "";
                case 2 -> s + "\uD800";
                case 3 -> s + "\uD83D\uDE00";
                case 4 -> s.toUpperCase() + " ";
                default -> s + "@";
            };
        }
        if (value instanceof Number n && random.nextBoolean()) {
            long v = n.longValue();
            return switch (random.nextInt(5)) {
                case 0 -> v - 1;
                case 1 -> (int) v + 1;
                case 2 -> (double) v;
                case 3 -> BigInteger.valueOf(v);
                default -> BigDecimal.valueOf(v);
            };
        }
        return random.nextInt(4) == 0 && schema != null ? fromSchema(schema, random) : odd(random);
    }

    private static JsonNode property(JsonNode schema, String key) {
        if (schema == null) {
            return null;
        }
        JsonNode p = schema.path("properties").get(key);
        return p != null ? p : schema.get("additionalProperties");
    }

    private static Object odd(Random random) {
        return ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
    }
}
