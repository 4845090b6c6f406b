package io.moodleconnector.spi;

import java.util.Objects;

/**
 * What became of one item of a batch: done (with its normalised data, if Moodle returns per-item data), failed
 * (with Moodle's reason: when the connector isolated the item, the error of a request that carried it alone, naming
 * the item's JSON Pointer when it is an input violation), not attempted (Moodle never saw it) or unknown (sent, and
 * no complete answer came back: Moodle may have applied it). The data is made of JDK and SPI types only.
 *
 * @param index  the item's index in the caller's batch array
 * @param status what became of it
 * @param data   its normalised result when done and Moodle returns one per item, else null
 * @param error  why it failed when failed, else null
 */
public record ItemOutcome(int index, Status status, Object data, ConnectorException error) {
    /** What became of an item. */
    public enum Status {
        /** Moodle accepted it. */
        DONE,
        /** The request that carried it failed, or Moodle answered without a result for it. */
        FAILED,
        /** Moodle never saw it: it was not sent, or its request was refused before the function ran. */
        NOT_ATTEMPTED,
        /** It was sent and no complete answer came back: Moodle may or may not have applied it. */
        UNKNOWN
    }

    public ItemOutcome {
        Objects.requireNonNull(status, "status");
        if (status == Status.FAILED && error == null) {
            throw new IllegalArgumentException("a failed item needs its error");
        }
    }

    public static ItemOutcome done(int index, Object data) {
        return new ItemOutcome(index, Status.DONE, data, null);
    }

    public static ItemOutcome failed(int index, ConnectorException error) {
        return new ItemOutcome(index, Status.FAILED, null, error);
    }

    public static ItemOutcome unknown(int index, ConnectorException error) {
        return new ItemOutcome(index, Status.UNKNOWN, null, error);
    }

    public static ItemOutcome notAttempted(int index) {
        return new ItemOutcome(index, Status.NOT_ATTEMPTED, null, null);
    }
}
