package io.moodleconnector.moodle.reliability;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds mutated inputs as plain, mutable maps and lists, the form a host passes. Stateless. */
final class Inputs {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Stands for "leave the key out" as a mutation value. */
    static final Object REMOVE = new Object() {
        @Override
        public String toString() {
            return "(removed)";
        }
    };

    private Inputs() {
    }

    /** A fresh mutable copy of {@code base} with the value at {@code path} set (or removed, for {@link #REMOVE}). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> mutate(JsonNode base, List<Object> path, Object value) {
        Map<String, Object> root = MAPPER.convertValue(base, new TypeReference<Map<String, Object>>() { });
        Object parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object token = path.get(i);
            parent = token instanceof Integer index ? ((List<Object>) parent).get(index)
                    : ((Map<String, Object>) parent).get((String) token);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((List<Object>) parent).set(index, value);
        } else if (value == REMOVE) {
            ((Map<String, Object>) parent).remove((String) last);
        } else {
            ((Map<String, Object>) parent).put((String) last, value);
        }
        return root;
    }

    /** The RFC 6901 pointer of a path of keys and indexes. */
    static String pointer(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object token : path) {
            sb.append('/').append(escape(token.toString()));
        }
        return sb.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A short description of a value for a test name. */
    static String describe(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
