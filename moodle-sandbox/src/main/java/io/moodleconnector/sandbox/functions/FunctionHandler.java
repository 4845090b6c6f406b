package io.moodleconnector.sandbox.functions;

import java.util.Map;

/** The behaviour of one web-service function. Called with the site lock held; may change {@code ctx.site()}. */
@FunctionalInterface
public interface FunctionHandler {
    /**
     * @param ctx    the call: site, calling user, service
     * @param params validated parameters (see ParameterValidator for the value types)
     * @return the raw result (maps, lists, scalars, or null for functions that return nothing)
     */
    Object call(CallContext ctx, Map<String, Object> params);
}
