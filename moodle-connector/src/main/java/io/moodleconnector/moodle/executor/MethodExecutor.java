package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.MethodResult;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Runs any catalogue method: validate, map, plan the requests within the site's {@code max_input_vars}, then run
 * them ({@link BatchRun}: flatten, send, classify and normalise each, accounting for every item). The only code path
 * for every method, batch or not; a method is data.
 *
 * <p>Thread-safe: it holds the immutable catalogue, the thread-safe transport and the per-connection budgets, and
 * each call keeps its state on its own stack.
 */
public final class MethodExecutor {
    static final String SITE_INFO_FUNCTION = "core_webservice_get_site_info";

    private final Catalogue catalogue;
    private final Exchange exchange;
    private final InputVarsBudget budget;

    public MethodExecutor(Catalogue catalogue, MoodleTransport transport) {
        this.catalogue = catalogue;
        this.exchange = new Exchange(transport, new ReplyClassifier(new MoodleErrors(ErrorTable.shipped())));
        MethodDefinition siteInfo = catalogue.methods().stream()
                .filter(m -> m.function().equals(SITE_INFO_FUNCTION) && (m.request() == null || m.request().template() == null)
                        && m.batch() == null)
                .findFirst().orElse(null);
        this.budget = new InputVarsBudget(siteInfo, exchange);
    }

    /**
     * Runs a method.
     *
     * @param input the caller's input; null is an empty object
     * @throws io.moodleconnector.spi.ConnectorException the typed error of whatever failed, with every batch item's
     *                                                   outcome once anything was sent
     */
    public MethodResult execute(MethodDefinition method, Map<String, Object> input, Connection connection) {
        JsonNode in = input == null ? JsonNodeFactory.instance.objectNode() : InputTree.of(input);
        InputValidator.validate(catalogue.inputSchema(method.id()), in);
        JsonNode params = RequestMapper.map(method.request(), in);
        BatchChunker.Plan plan = BatchChunker.plan(params, method.batch());
        InputVarsBudget.Budget b = budget.of(connection, plan.vars(0, plan.items()));
        plan.check(b.maxInputVars());
        return new BatchRun(method, connection, exchange, plan, b.maxInputVars(), b.requests()).run();
    }
}
