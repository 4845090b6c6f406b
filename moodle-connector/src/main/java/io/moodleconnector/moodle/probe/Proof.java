package io.moodleconnector.moodle.probe;

import io.moodleconnector.spi.ConnectionReport.Verdict;
import java.util.Objects;

/**
 * What one probe proved.
 *
 * @param verdict    the verdict
 * @param capability the missing capability, for {@link Verdict#CAPABILITY_MISSING}
 * @param context    where the role needs it
 * @param detail     what was checked and what it means; may be null
 */
public record Proof(Verdict verdict, String capability, String context, String detail) {
    public Proof {
        Objects.requireNonNull(verdict, "verdict");
    }

    public static Proof unproven(String detail) {
        return new Proof(Verdict.UNPROVEN, null, null, detail);
    }
}
