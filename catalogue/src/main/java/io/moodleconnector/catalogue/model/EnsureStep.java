package io.moodleconnector.catalogue.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of an {@link EnsureDefinition}: a catalogue method and how its input is built.
 *
 * <p>{@code input} maps a JSON Pointer in the step method's input to a JSON Pointer in the ensure method's input
 * (in one element of the {@code each} array, for a batch ensure), like a lookup's {@code parameters}. The default,
 * {@code {"": ""}}, passes the whole input as it is.
 *
 * @param method id of the catalogue method to run
 * @param input  step input pointer to source pointer, in declaration order
 */
public record EnsureStep(String method, Map<String, String> input) {
    /** The mapping used when a step declares none: the whole input, as it is. */
    public static final Map<String, String> WHOLE_INPUT = Map.of("", "");

    public EnsureStep {
        input = Collections.unmodifiableMap(new LinkedHashMap<>(input));
    }
}
