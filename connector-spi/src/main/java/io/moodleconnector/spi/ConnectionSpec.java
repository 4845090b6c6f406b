package io.moodleconnector.spi;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The connection spec: what a connection config holds, as a JSON Schema 2020-12 a host can render as a form, and
 * the offline check of a config against it.
 *
 * <p>A config is a flat JSON object: {@code url} (the site's base URL), {@code token} (the secret, marked
 * {@code writeOnly: true} and {@code secret: true} so a host renders a password field and stores it encrypted) and
 * every tuning option of {@link ConnectionOptions} by its accessor's name, durations in milliseconds, plus any
 * field of a connector's own that its {@link ConnectorDescriptor#connectionFields()} declare (a string, kept in
 * {@link Connection#parameters()}). Only {@code url}, {@code token} and the connector's required fields are
 * required; an option left out takes its default. For example:
 * <pre>{@code {"url": "https://lms.example.edu", "token": "...", "requestsPerSecond": 5, "callTimeout": 30000}}</pre>
 *
 * <p>{@link #validate} needs no network: it checks types, bounds and the URL's form, and lists every problem with
 * the JSON Pointer of its field. {@link Connection#from} builds a connection from a config that passed. Stateless.
 */
public final class ConnectionSpec {
    /** The JSON Schema dialect of {@link #schema}. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final String URL = "url";
    static final String TOKEN = "token";
    /** The spec of a connector with no fields of its own. */
    private static final Map<String, Object> STANDARD = schema(List.of());

    private ConnectionSpec() {
    }

    /**
     * The JSON Schema of a connection config, with the {@code url} and {@code token} fields titled and described
     * by {@code fields} (a connector's {@link ConnectorDescriptor#connectionFields()}); any other field there becomes
     * a string property of the connector's own, marked {@code writeOnly} and {@code secret} when it is a secret.
     *
     * @throws IllegalArgumentException if a field takes the name of a tuning option
     */
    public static Map<String, Object> schema(List<ConnectionField> fields) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(URL, field(URL, "Site URL", "The site's base URL: https://, or http:// on loopback.", fields,
                Map.of("type", "string", "format", "uri", "pattern", "^[Hh][Tt][Tt][Pp][Ss]?://")));
        properties.put(TOKEN, field(TOKEN, "Token", "The secret that authenticates the connector.", fields,
                Map.of("type", "string", "minLength", 1, "pattern", "\\S", "writeOnly", true, "secret", true)));
        List<String> required = new ArrayList<>(List.of(URL, TOKEN));
        for (ConnectionField f : fields) {
            if (properties.containsKey(f.name())) {
                continue;
            }
            if (ConnectionOption.byKey(f.name()) != null) {
                throw new IllegalArgumentException("connection field '" + f.name() + "' is a tuning option's name");
            }
            // A connector's own field (kept in Connection.parameters()): a string, marked when secret.
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("title", f.label());
            extra.put("description", f.description());
            extra.put("type", "string");
            if (f.secret()) {
                extra.put("writeOnly", true);
                extra.put("secret", true);
            }
            properties.put(f.name(), extra);
            if (f.required()) {
                required.add(f.name());
            }
        }
        for (ConnectionOption option : ConnectionOption.values()) {
            properties.put(option.key, option.schema());
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DIALECT);
        schema.put("title", "Connection");
        schema.put("type", "object");
        schema.put("required", List.copyOf(required));
        schema.put("additionalProperties", false);
        schema.put("properties", properties);
        return deepUnmodifiable(schema);
    }

    private static Map<String, Object> field(String name, String title, String description, List<ConnectionField> fields,
                                             Map<String, Object> constraints) {
        Map<String, Object> s = new LinkedHashMap<>();
        ConnectionField declared = fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
        s.put("title", declared == null ? title : declared.label());
        s.put("description", declared == null ? description : declared.description());
        // Fixed key order, so a rendered schema reads the same every time.
        for (String key : List.of("type", "format", "minLength", "pattern", "writeOnly", "secret")) {
            if (constraints.containsKey(key)) {
                s.put(key, constraints.get(key));
            }
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepUnmodifiable(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepUnmodifiable((Map<String, Object>) m) : v));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Checks a connection config offline: no request is made.
     *
     * @param config the config as plain JSON values ({@code token} may also be a {@link Secret})
     * @return every problem, each with the JSON Pointer of its field; empty when {@link Connection#from} will accept it
     */
    public static List<Violation> validate(Map<String, Object> config) {
        return validate(STANDARD, config);
    }

    /**
     * Checks a connection config offline against a connector's spec (its {@link ConnectorDescriptor#connectionSpec()},
     * as {@link #schema} made it): {@code url}, {@code token} and the options as in {@link #validate(Map)}, and the
     * connector's own fields, which must be strings; a field the spec does not declare is a problem.
     *
     * @return every problem, each with the JSON Pointer of its field
     */
    public static List<Violation> validate(Map<String, Object> spec, Map<String, Object> config) {
        Reading r = read(config);
        List<Violation> violations = new ArrayList<>(r.violations);
        if (config == null) {
            return violations;
        }
        Map<?, ?> declared = spec.get("properties") instanceof Map<?, ?> m ? m : Map.of();
        for (Map.Entry<String, Object> e : r.parameters.entrySet()) {
            String pointer = "/" + escape(e.getKey());
            if (!declared.containsKey(e.getKey())) {
                violations.add(new Violation(pointer, "unknown connection field; known: "
                        + String.join(", ", declared.keySet().stream().map(Object::toString).toList()),
                        "additionalProperties"));
            } else if (!(e.getValue() instanceof String || e.getValue() instanceof Secret)) {
                violations.add(new Violation(pointer, ConnectionOption.typeName(e.getValue()) + " found, string expected",
                        "type"));
            }
        }
        if (spec.get("required") instanceof List<?> required) {
            for (Object name : required) {
                if (isOwnField(name.toString()) && config.get(name.toString()) == null) {
                    violations.add(new Violation("/" + escape(name.toString()), "required property '" + name
                            + "' not found", "required"));
                }
            }
        }
        return violations;
    }

    /** Whether a config key is a connector's own field: neither url, token nor an option. */
    private static boolean isOwnField(String key) {
        return !key.equals(URL) && !key.equals(TOKEN) && ConnectionOption.byKey(key) == null;
    }

    /** What a config says, and what is wrong with it. */
    static final class Reading {
        final List<Violation> violations = new ArrayList<>();
        URI url;
        Secret token;
        final ConnectionOptions.Builder options = ConnectionOptions.builder();
        /** The config's other fields, for a connector that declares them; null values left out. */
        final Map<String, Object> parameters = new LinkedHashMap<>();
    }

    static Reading read(Map<String, Object> config) {
        Reading r = new Reading();
        if (config == null) {
            r.violations.add(new Violation("", "a connection config (object) expected, got null", "type"));
            return r;
        }
        r.url = siteUrl(config.get(URL), config.containsKey(URL), r.violations);
        r.token = token(config.get(TOKEN), config.containsKey(TOKEN), r.violations);
        for (ConnectionOption option : ConnectionOption.values()) {
            if (config.containsKey(option.key)) {
                Object value = option.fromJson(config.get(option.key));
                if (value instanceof Violation v) {
                    r.violations.add(v);
                } else {
                    r.options.set(option, value);
                }
            }
        }
        config.forEach((key, value) -> {
            if (isOwnField(key) && value != null) {
                r.parameters.put(key, value);
            }
        });
        return r;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    static Secret token(Object value, boolean present, List<Violation> violations) {
        String pointer = "/" + TOKEN;
        if (!present || value == null) {
            violations.add(new Violation(pointer, "required property 'token' not found", "required"));
            return null;
        }
        Secret token = value instanceof Secret s ? s : value instanceof String text ? Secret.of(text) : null;
        if (token == null) {
            // The value is never quoted: it may be the secret itself, in the wrong type.
            violations.add(new Violation(pointer, ConnectionOption.typeName(value) + " found, string expected", "type"));
            return null;
        }
        if (token.reveal().isBlank()) {
            violations.add(new Violation(pointer, "must not be blank", "minLength"));
            return null;
        }
        return token;
    }

    /** The site's base URL without a trailing slash, or null after adding the problem to {@code violations}. */
    static URI siteUrl(Object value, boolean present, List<Violation> violations) {
        String pointer = "/" + URL;
        if (!present || value == null) {
            violations.add(new Violation(pointer, "required property 'url' not found", "required"));
            return null;
        }
        if (!(value instanceof String text)) {
            violations.add(new Violation(pointer, ConnectionOption.typeName(value) + " found, string expected", "type"));
            return null;
        }
        String problem = urlProblem(text.trim());
        if (problem != null) {
            violations.add(new Violation(pointer, problem, "format"));
            return null;
        }
        String s = URI.create(text.trim()).toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }

    private static String urlProblem(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (java.net.URISyntaxException e) {
            // The reason only, never the input: a mistyped URL may hold a token.
            return "not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "must start with https:// (or http:// on loopback), got " + (scheme.isEmpty() ? "no scheme" : "scheme '" + scheme + "'");
        }
        if (uri.getRawUserInfo() != null) {
            return "must not carry user info";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "has no host";
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "must not have a query or fragment (a token belongs in the token field, never in a URL)";
        }
        return null;
    }

    /** Throws {@link InvalidConnectionException} listing every problem, if there is one. */
    static void requireValid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidConnectionException(violations);
        }
    }
}
