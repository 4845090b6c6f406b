package io.moodleconnector.catalogue.yaml;

import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.catalogue.model.SourceLocation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML document into a Jackson tree, recording each node's line and column by JSON Pointer.
 *
 * <p>Why not {@code YAMLMapper.readTree}: it loses positions, and it turns an alias into the anchor's name without a
 * word. This reader walks the token stream itself and refuses what a catalogue never needs and an attacker might
 * send: aliases (the "billion laughs" bomb is made of them), nesting deeper than {@link YamlLimits#MAX_NESTING_DEPTH},
 * documents longer than {@link YamlLimits#MAX_DOCUMENT_CHARS}, huge scalars and duplicate keys. The stream is read
 * once and nothing is expanded, so time and memory stay proportional to the (bounded) text.
 *
 * <p>Stateless; safe to share between threads.
 */
public final class LocatedYamlReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final YAMLFactory factory = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(YamlLimits.MAX_NESTING_DEPTH)
                    .maxDocumentLength(YamlLimits.MAX_DOCUMENT_CHARS)
                    .maxStringLength(YamlLimits.MAX_STRING_CHARS)
                    .build())
            .build();

    /**
     * Parses {@code text}.
     *
     * @param file the name problems are reported under
     * @throws YamlRefusedException when the text is not YAML or breaks a limit
     */
    public LocatedDocument read(String file, String text) {
        // Checked before parsing so a huge document costs no parsing at all.
        if (text.length() > YamlLimits.MAX_DOCUMENT_CHARS) {
            throw new YamlRefusedException(new SourceLocation(file, 1, 1), "",
                    "the file has " + text.length() + " characters; at most " + YamlLimits.MAX_DOCUMENT_CHARS
                            + " are accepted");
        }
        Map<String, SourceLocation> locations = new HashMap<>();
        String pointer = "";
        SourceLocation last = new SourceLocation(file, 1, 1);
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            Deque<JsonNode> stack = new ArrayDeque<>();
            Deque<String> pointers = new ArrayDeque<>();
            JsonNode root = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                SourceLocation at = at(file, p.currentTokenLocation());
                last = at;
                if (t == JsonToken.PROPERTY_NAME) {
                    ObjectNode parent = (ObjectNode) stack.peek();
                    String name = p.currentName();
                    pointer = pointers.peek() + "/" + JsonPointers.escape(name);
                    if (parent.has(name)) {
                        throw new YamlRefusedException(at, pointer, "duplicate key '" + name + "'");
                    }
                    locations.put(pointer, at);
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    pointers.pop();
                    continue;
                }
                if (stack.peek() instanceof ArrayNode array) {
                    pointer = pointers.peek() + "/" + array.size();
                }
                if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                    throw new YamlRefusedException(at, pointer, "YAML aliases (*" + p.getString()
                            + ") are not accepted in catalogue files; write the value out");
                }
                JsonNode node = Trees.value(t, p);
                if (stack.isEmpty()) {
                    root = node;
                    pointer = "";
                    locations.put("", at);
                } else if (stack.peek() instanceof ArrayNode array) {
                    locations.put(pointer, at);
                    array.add(node);
                } else {
                    ((ObjectNode) stack.peek()).set(p.currentName(), node);
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    stack.push(node);
                    pointers.push(pointer);
                }
            }
            return new LocatedDocument(root == null ? NODES.objectNode() : root, new SourceMap(file, locations));
        } catch (StreamConstraintsException e) {
            throw new YamlRefusedException(known(at(file, e.getLocation()), last), pointer, limitMessage(e));
        } catch (JacksonException e) {
            throw new YamlRefusedException(known(at(file, e.getLocation()), last), pointer,
                    "not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static String limitMessage(StreamConstraintsException e) {
        String m = e.getOriginalMessage();
        if (m.contains("nesting depth")) {
            return "nesting deeper than " + YamlLimits.MAX_NESTING_DEPTH + " levels is not accepted";
        }
        if (m.contains("Document length")) {
            return "the file is longer than " + YamlLimits.MAX_DOCUMENT_CHARS + " characters";
        }
        if (m.contains("String value length")) {
            return "a value longer than " + YamlLimits.MAX_STRING_CHARS + " characters is not accepted";
        }
        return m;
    }

    /** The error's own location when the parser gave one, else the last token read. */
    private static SourceLocation known(SourceLocation reported, SourceLocation last) {
        return reported.line() > 0 ? reported : last;
    }

    private static SourceLocation at(String file, TokenStreamLocation l) {
        if (l == null) {
            return new SourceLocation(file, 0, 0);
        }
        return new SourceLocation(file, Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
    }
}
