package io.moodleconnector.spi;

import java.util.List;

/**
 * A batch was done in part: some items are done and others failed, were not attempted, or have an unknown outcome.
 * {@link #partialResult()} (and {@link #items()}) reports every item, in input order, so nothing is lost. The
 * {@linkplain #getCause() cause} is the first error met. Code {@code partial_failure}.
 *
 * <p>Its {@link #outcome()} follows from the items: {@link Outcome#UNKNOWN} when any item is unknown, else
 * {@link Outcome#APPLIED} when any is done, else {@link Outcome#NOT_APPLIED}. It is never retriable as a whole: retry
 * only the items that are not done, and look the unknown ones up first.
 */
public class PartialFailureException extends ConnectorException {
    private static final long serialVersionUID = 1L;
    private final transient MethodResult partialResult;

    public PartialFailureException(String message, MethodResult partialResult, ConnectorException cause) {
        super("partial_failure", message, cause, false, outcomeOf(partialResult));
        this.partialResult = partialResult;
    }

    private static Outcome outcomeOf(MethodResult result) {
        if (result.items().stream().anyMatch(i -> i.status() == ItemOutcome.Status.UNKNOWN)) {
            return Outcome.UNKNOWN;
        }
        return result.items().stream().anyMatch(i -> i.status() == ItemOutcome.Status.DONE)
                ? Outcome.APPLIED : Outcome.NOT_APPLIED;
    }

    /** Every item's outcome: those of {@link #partialResult()}. */
    @Override
    public List<ItemOutcome> items() {
        return partialResult.items();
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
