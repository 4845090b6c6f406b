package io.moodleconnector.spi;

import java.util.List;

/**
 * A batch was not done in full: one of its requests failed, or Moodle answered with fewer results than items were
 * sent (PHP's {@code max_input_vars} dropped the rest). {@link #partialResult()} reports every item as done, failed
 * or not attempted, so nothing is lost; nothing was retried. The {@linkplain #getCause() cause} is the first
 * request's error. Code {@code partial_failure}.
 */
public class PartialFailureException extends ConnectorException {
    private static final long serialVersionUID = 1L;
    private final transient MethodResult partialResult;

    public PartialFailureException(String message, MethodResult partialResult, ConnectorException cause) {
        super("partial_failure", message, cause);
        this.partialResult = partialResult;
    }

    /** The outcome of every item, and the data of the ones that were done. */
    public MethodResult partialResult() {
        return partialResult;
    }

    /** The items that were done. */
    public List<ItemOutcome> done() {
        return partialResult.items().stream().filter(i -> i.status() == ItemOutcome.Status.DONE).toList();
    }
}
