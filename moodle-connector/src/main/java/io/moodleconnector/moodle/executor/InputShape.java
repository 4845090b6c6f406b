package io.moodleconnector.moodle.executor;

import static io.moodleconnector.moodle.executor.JsonTypes.ANY;
import static io.moodleconnector.moodle.executor.JsonTypes.ARRAY;
import static io.moodleconnector.moodle.executor.JsonTypes.INTEGER;
import static io.moodleconnector.moodle.executor.JsonTypes.OBJECT;
import static io.moodleconnector.moodle.executor.JsonTypes.STRING;

import com.networknt.schema.regex.RegularExpression;
import io.moodleconnector.catalogue.schema.LinearRegex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An input schema compiled for a quick first look at the caller's plain values (maps with text keys, lists, text,
 * {@code Integer}/{@code Long}/{@code Short}, booleans, null), answering only "certainly valid" or "not sure". When
 * it says valid, the full path ({@link InputTree}, {@link NumberRange}, networknt, {@link UnpairedSurrogates})
 * would accept the input too, so a valid call skips it; "not sure" sends the input down that path, which stays the
 * one authority for the violations reported. Each keyword is modelled as networknt 3.0.9 evaluates it:
 * <ul>
 *   <li>{@code type}: one name; an {@code Integer}/{@code Long}/{@code Short} is an integer node (and a number).
 *   Other numbers (a double, {@code 1.0}, big ones) are left to the full path: whether a whole double is an integer
 *   and whether it is in {@link NumberRange} are its questions;</li>
 *   <li>{@code minimum} a whole number, compared with the value (networknt compares a long then);</li>
 *   <li>{@code minLength}/{@code maxLength} count code points, as networknt does;</li>
 *   <li>{@code pattern} by the very matcher networknt is given ({@link LinearRegex}: found anywhere in the text);</li>
 *   <li>{@code enum}/{@code const}: text, booleans, null and whole numbers, compared by value (networknt's
 *   {@code JsonNodeValue} compares whole numbers as longs, so {@code 1} and {@code 1L} are the same); a value
 *   matching none of these is "not sure";</li>
 *   <li>{@code format: email} by networknt's own email format ({@link InputValues#email}).</li>
 * </ul>
 * Any other keyword makes its subschema "not sure" for every value; {@code description}, {@code default},
 * {@code title}, {@code examples} and {@code $comment} only annotate. Text holding a lone surrogate, a key that is
 * not text, and any value of another Java type are "not sure" wherever they are.
 *
 * <p>Not changed once compiled; thread-safe once safely published (as the executor's concurrent map does).
 */
final class InputShape {
    /** A value this check does not model (a double, a set, a lone surrogate...): never certain. */
    private static final int UNMODELLED = 0;

    private static final Set<String> ANNOTATIONS = Set.of("description", "default", "title", "examples", "$comment");
    private static final Set<String> KEYWORDS = Set.of("type", "properties", "additionalProperties", "required",
            "maxLength", "minLength", "minimum", "pattern", "items", "minItems", "enum", "const", "anyOf",
            "minProperties", "format");

    /** The empty schema (or {@code true}): any plain value. */
    static final InputShape ANYTHING = new InputShape();
    /** A schema, or a keyword in it, this check does not model: never certain. */
    static final InputShape NOT_SURE = new InputShape();

    private int types = ANY;
    /** Each {@code enum}'s and {@code const}'s modelled values (Long for whole numbers); the value must be in each. */
    private final List<Object[]> choices = new ArrayList<>();
    private int minLength;
    private int maxLength = -1;
    private RegularExpression pattern;
    private boolean email;
    private Long minimum;
    private Map<String, InputShape> properties = Map.of();
    // null for any value here and in items: the constants are being made while these fields are set.
    /** The shape of a property not in {@link #properties}. */
    private InputShape additional;
    /** Whether there may be no property but those in {@link #properties} ({@code additionalProperties: false}). */
    private boolean closed;
    private String[] required = new String[0];
    /** Each required name's bit (up to 64 names; else null and a set is used): no allocation per object. */
    private Map<String, Integer> requiredIndex;
    private long allRequired;
    private int minProperties;
    /** The elements' shape; null for any value. */
    private InputShape items;
    private int minItems;
    private InputShape[] anyOf;

    private InputShape() {
    }

    /** The shape of a schema: {@link #NOT_SURE} when it, as a whole, uses anything not modelled. */
    static InputShape of(JsonNode schema) {
        if (schema == null || schema.isBoolean()) {
            return schema != null && schema.booleanValue() ? ANYTHING : NOT_SURE;
        }
        if (!schema.isObject()) {
            return NOT_SURE;
        }
        InputShape shape = new InputShape();
        for (Map.Entry<String, JsonNode> k : schema.properties()) {
            String keyword = k.getKey();
            if (!ANNOTATIONS.contains(keyword) && !(KEYWORDS.contains(keyword) && shape.read(keyword, k.getValue()))) {
                return NOT_SURE;
            }
        }
        return shape;
    }

    /** Reads one keyword; false when its value is not one this check models. */
    private boolean read(String keyword, JsonNode value) {
        switch (keyword) {
            case "type" -> types = value.isString() ? JsonTypes.bit(value.asString()) : UNMODELLED;
            case "minLength" -> minLength = InputValues.count(value);
            case "maxLength" -> maxLength = InputValues.count(value);
            case "minItems" -> minItems = InputValues.count(value);
            case "minProperties" -> minProperties = InputValues.count(value);
            case "minimum" -> {
                if (!InputValues.whole(value)) {
                    return false;
                }
                minimum = value.longValue();
            }
            case "pattern" -> {
                if (!value.isString()) {
                    return false;
                }
                try {
                    pattern = LinearRegex.INSTANCE.getRegularExpression(value.asString());
                } catch (RuntimeException e) {
                    return false; // the full path reports what it makes of it
                }
            }
            case "format" -> email = value.isString() && value.asString().equals("email");
            case "enum", "const" -> {
                if (keyword.equals("enum") && !value.isArray()) {
                    return false;
                }
                choices.add(InputValues.comparable(keyword.equals("enum") ? value : List.<JsonNode>of(value)));
            }
            case "required" -> {
                List<String> names = new ArrayList<>();
                for (JsonNode n : value.isArray() ? value : List.<JsonNode>of()) {
                    names.add(n.isString() ? n.asString() : null);
                }
                if (!value.isArray() || names.contains(null)) {
                    return false;
                }
                required = names.toArray(String[]::new);
                requiredIndex = required.length > 64 ? null : new HashMap<>();
                for (int i = 0; requiredIndex != null && i < required.length; i++) {
                    requiredIndex.putIfAbsent(required[i], i); // a name listed twice leaves a bit unset: not sure
                }
                allRequired = required.length == 64 ? -1L : (1L << required.length) - 1;
            }
            case "properties" -> {
                if (!value.isObject()) {
                    return false;
                }
                Map<String, InputShape> shapes = new HashMap<>();
                for (Map.Entry<String, JsonNode> p : value.properties()) {
                    if (InputValues.hasLoneSurrogate(p.getKey())) {
                        return false; // object() trusts a declared name's characters
                    }
                    shapes.put(p.getKey(), of(p.getValue()));
                }
                properties = shapes;
            }
            case "additionalProperties" -> {
                closed = value.isBoolean() && !value.booleanValue();
                additional = closed ? null : of(value);
            }
            case "items" -> {
                if (!value.isObject() && !value.isBoolean()) {
                    return false; // the array form is not 2020-12's
                }
                items = of(value);
            }
            case "anyOf" -> {
                if (!value.isArray() || value.isEmpty()) {
                    return false;
                }
                List<InputShape> branches = new ArrayList<>();
                value.forEach(b -> branches.add(of(b)));
                anyOf = branches.toArray(InputShape[]::new);
            }
            default -> {
                return false;
            }
        }
        return types != UNMODELLED && minLength >= 0 && minItems >= 0 && minProperties >= 0
                && (!keyword.equals("format") || email) && (!keyword.equals("maxLength") || maxLength >= 0);
    }

    /** Whether the value certainly satisfies the schema, as the full validation path would find. */
    boolean certainlyValid(Object value) {
        if (this == NOT_SURE) {
            return false;
        }
        int type = InputValues.typeOf(value);
        if ((types & type) == 0) {
            return false; // includes UNMODELLED
        }
        for (Object[] allowed : choices) {
            if (!InputValues.in(allowed, value)) {
                return false;
            }
        }
        if (anyOf != null && !anyBranch(value)) {
            return false;
        }
        return ofType(type, value, false);
    }

    private boolean ofType(int type, Object value, boolean vetted) {
        return switch (type) {
            case STRING -> text((String) value);
            case INTEGER -> minimum == null || ((Number) value).longValue() >= minimum;
            case OBJECT -> object((Map<?, ?>) value, vetted);
            case ARRAY -> array((List<?>) value);
            default -> true;
        };
    }

    /**
     * Whether a branch of {@code anyOf} holds. An object's keys and values are vetted by this shape's own walk (which
     * must pass too for a yes), so a branch checks only what it declares: a user's {@code anyOf} of two
     * {@code required} lists no longer walks every field of every user twice more.
     */
    private boolean anyBranch(Object value) {
        for (InputShape branch : anyOf) {
            if (value instanceof Map<?, ?> && branch != NOT_SURE && branch.anyOf == null && branch.choices.isEmpty()
                    && (branch.types & OBJECT) != 0 ? branch.ofType(OBJECT, value, true)
                    : branch.certainlyValid(value)) {
                return true;
            }
        }
        return false;
    }

    private boolean text(String s) {
        int length = InputValues.codePoints(s); // one pass: the length, and -1 for a lone surrogate (not modelled)
        if (length < 0 || length < minLength || (maxLength >= 0 && length > maxLength)) {
            return false;
        }
        return (pattern == null || pattern.matches(s)) && (!email || InputValues.email(s));
    }

    /** {@code vetted}: every key and value was (or will be) checked as modelled by the shape holding this branch. */
    private boolean object(Map<?, ?> map, boolean vetted) {
        if (vetted && !closed && additional == null && InputValues.lookupsAgreeWithEntries(map)) {
            return declaredOnly(map);
        }
        // Keys as the entries give them, as InputTree builds the tree from them (not map.containsKey).
        Set<String> keys = requiredIndex == null && required.length > 0 || minProperties > 0 ? new HashSet<>() : null;
        long seen = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                return false;
            }
            InputShape shape = properties.get(key);
            // A declared name equals the key, so it has the key's characters: only an undeclared key is scanned.
            if (shape == null && (closed || !vetted && InputValues.hasLoneSurrogate(key))) {
                return false;
            }
            if ((shape != null || additional != null || !vetted)
                    && !orAnything(shape != null ? shape : additional).certainlyValid(e.getValue())) {
                return false;
            }
            Integer bit = requiredIndex == null ? null : requiredIndex.get(key);
            seen |= bit == null ? 0 : 1L << bit;
            if (keys != null) {
                keys.add(key);
            }
        }
        if (requiredIndex != null && seen != allRequired) {
            return false;
        }
        if (keys != null) {
            for (String name : required) {
                if (!keys.contains(name)) {
                    return false;
                }
            }
            return keys.size() >= minProperties;
        }
        return true;
    }

    /** A vetted branch on a map whose lookups are its entries: only the names this shape declares are looked at. */
    private boolean declaredOnly(Map<?, ?> map) {
        for (Map.Entry<String, InputShape> d : properties.entrySet()) {
            Object value = map.get(d.getKey());
            if ((value != null || map.containsKey(d.getKey())) && !d.getValue().certainlyValid(value)) {
                return false;
            }
        }
        for (String name : required) {
            if (!map.containsKey(name)) {
                return false;
            }
        }
        return map.size() >= minProperties;
    }

    private boolean array(List<?> list) {
        int n = 0;
        InputShape each = orAnything(items);
        for (Object element : list) {
            if (!each.certainlyValid(element)) {
                return false;
            }
            n++;
        }
        return n >= minItems;
    }

    private static InputShape orAnything(InputShape shape) {
        return shape != null ? shape : ANYTHING;
    }
}
