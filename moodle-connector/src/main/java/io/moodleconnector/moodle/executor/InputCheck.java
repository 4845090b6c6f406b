package io.moodleconnector.moodle.executor;

import com.networknt.schema.Schema;
import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.MethodDefinition;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Stage 1, validate, as a call runs it: the method's {@link InputShape} looks at the plain input first; when it is
 * certainly valid, nothing else is done (no networknt registry, no schema compiled, no tree walked for it). Otherwise
 * {@link InputValidator} validates the tree, and reports every violation. Both read the catalogue's own schema of the
 * method, so they judge the same rules.
 *
 * <p>Thread-safe: each method's shape is compiled once, on its first call.
 */
public class InputCheck {
    private final Catalogue catalogue;
    private final Map<String, InputShape> shapes = new ConcurrentHashMap<>();

    public InputCheck(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Validates a call's input.
     *
     * @param input the caller's plain input
     * @param tree  the same input as a tree, asked for only when the shape is not sure
     * @throws io.moodleconnector.spi.InvalidInputException listing every violation, when there is any
     */
    public void validate(MethodDefinition method, Map<String, Object> input, Supplier<JsonNode> tree) {
        if (!shape(method.id()).certainlyValid(input)) {
            InputValidator.validate(schema(method.id()), tree.get());
        }
    }

    /** The method's shape, from the catalogue's schema tree (not the definition's, which a caller may have made). */
    InputShape shape(String id) {
        return shapes.computeIfAbsent(id, k -> catalogue.method(k).map(m -> InputShape.of(m.input()))
                .orElse(InputShape.NOT_SURE));
    }

    /** The method's compiled schema: compiled here on first need; a test counts the calls. */
    Schema schema(String id) {
        return catalogue.inputSchema(id);
    }
}
