package io.moodleconnector.spi;

import java.util.List;
import java.util.Objects;

/**
 * The root of every failure a connector reports. Unchecked, and carrying a stable machine {@link #code()} that a
 * host may branch on and show; the message is for people and may change between releases.
 *
 * <p>Subtypes say who must act: {@link InvalidInputException} the caller, {@link AuthenticationException} and
 * {@link PermissionException} the Moodle admin, {@link RemoteException} whoever reads Moodle's own error,
 * {@link TransportException} nobody yet (it may pass), and {@link PartialFailureException} the caller, who learns
 * which items of a batch were done. Messages never contain the token.
 *
 * <p><b>One retry answer.</b> {@link #retriable()} and {@link #outcome()} are defined on every error, so a host
 * never needs {@code instanceof} to decide: retry only when {@code retriable()} is true. A write whose outcome is
 * {@link Outcome#UNKNOWN} is never retriable.
 *
 * <p><b>Every item accounted for.</b> When a method with a batch fails after anything was sent, {@link #items()}
 * holds one {@link ItemOutcome} per input item, in input order (done, failed, not attempted or unknown), whatever the
 * error's type; it is empty when nothing was sent or the method has no batch.
 *
 * <p>Everything an error carries (its cause chain, its items and their data) is made of JDK and SPI types only, so
 * it stays usable after the plugin that raised it has been stopped and its class loader closed.
 */
public class ConnectorException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final boolean retriable;
    private final Outcome outcome;
    private transient volatile List<ItemOutcome> items;

    /** An error that is not retriable and applied nothing. */
    public ConnectorException(String code, String message) {
        this(code, message, null);
    }

    /** An error that is not retriable and applied nothing. */
    public ConnectorException(String code, String message, Throwable cause) {
        this(code, message, cause, false, Outcome.NOT_APPLIED);
    }

    /**
     * @param retriable whether the same call may succeed if tried again later; must be false when the outcome is
     *                  {@link Outcome#UNKNOWN} or {@link Outcome#APPLIED}
     * @param outcome   what the failed call did to the remote system
     */
    public ConnectorException(String code, String message, Throwable cause, boolean retriable, Outcome outcome) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        if (retriable && outcome != Outcome.NOT_APPLIED) {
            throw new IllegalArgumentException("only an error that applied nothing can be retriable");
        }
        this.retriable = retriable;
    }

    /** Whether the same call may succeed if tried again later, without risk of applying a write twice. */
    public boolean retriable() {
        return retriable;
    }

    /** What the failed call did to the remote system. */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * What became of each item of the failed call's batch, in input order; empty when nothing was sent or the method
     * has no batch.
     */
    public List<ItemOutcome> items() {
        List<ItemOutcome> i = items;
        return i == null ? List.of() : i;
    }

    /**
     * Sets {@link #items()}, at most once, like {@link Throwable#initCause}: by the connector that raises the error,
     * before it is thrown.
     *
     * @return this error
     * @throws IllegalStateException when the items were already set
     */
    public ConnectorException initItems(List<ItemOutcome> outcomes) {
        List<ItemOutcome> copy = List.copyOf(outcomes);
        synchronized (this) {
            if (items != null) {
                throw new IllegalStateException("the items of this error are already set");
            }
            items = copy;
        }
        return this;
    }

    /** The stable machine code, e.g. {@code invalid_input} or {@code transport}. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + "]: " + getMessage();
    }
}
