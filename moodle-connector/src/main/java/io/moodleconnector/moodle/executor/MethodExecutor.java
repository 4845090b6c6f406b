package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.PermissionException;
import java.util.Map;

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

    private final Exchange exchange;
    private final InputVarsBudget budget;
    private final UnknownCourses unknownCourses;
    private final InputCheck inputCheck;

    public MethodExecutor(Catalogue catalogue, MoodleTransport transport) {
        this.inputCheck = new InputCheck(catalogue);
        ReplyClassifier classifier = new ReplyClassifier(new MoodleErrors(ErrorTable.shipped()));
        this.exchange = new Exchange(transport, classifier);
        this.unknownCourses = new UnknownCourses(catalogue, transport, classifier);
        MethodDefinition siteInfo = catalogue.methods().stream()
                .filter(m -> m.function().equals(SITE_INFO_FUNCTION) && (m.request() == null || m.request().template() == null)
                        && m.batch() == null)
                .findFirst().orElse(null);
        this.budget = new InputVarsBudget(siteInfo, exchange, transport);
    }

    /** Runs a method outside any call's deadline and cancellation, reporting no events. */
    public MethodResult execute(MethodDefinition method, Map<String, Object> input, Connection connection) {
        return execute(method, input, connection, CallScope.detached(method.id()));
    }

    /**
     * Runs a method.
     *
     * @param input the caller's input; null is an empty object. It is read, not copied, while the call runs (the
     *              parameters share its values), so it must not change until the call returns
     * @param call  the call's deadline, cancellation and listeners
     * @throws io.moodleconnector.spi.ConnectorException the typed error of whatever failed, with every batch item's
     *                                                   outcome once anything was sent
     */
    public MethodResult execute(MethodDefinition method, Map<String, Object> input, Connection connection,
                                CallScope call) {
        Map<String, Object> plain = input == null ? Map.of() : input;
        try {
            return run(method, plain, connection, call);
        } catch (PermissionException e) {
            throw unknownCourses.explain(e, method, plain, connection, call);
        }
    }

    /**
     * Validates an input as a call of the method would, sending nothing.
     *
     * @throws io.moodleconnector.spi.InvalidInputException listing every violation, when there is any
     */
    public void validate(MethodDefinition method, Map<String, Object> input) {
        inputCheck.validate(method, input, () -> JsonValues.toTree(input));
    }

    private MethodResult run(MethodDefinition method, Map<String, Object> input, Connection connection,
                             CallScope call) {
        Exchange exchange = this.exchange.within(call);
        inputCheck.validate(method, input, () -> InputTree.of(input));
        Object params = RequestMapper.map(method.request(), input);
        BatchChunker.Plan plan = BatchChunker.plan(params, method.batch());
        InputVarsBudget.Budget b = budget.of(connection, plan.vars(0, plan.items()));
        plan.check(b.maxInputVars());
        return new BatchRun(method, connection, exchange, plan, b.maxInputVars(), b.requests()).run();
    }
}
