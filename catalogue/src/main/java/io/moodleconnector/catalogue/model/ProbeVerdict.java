package io.moodleconnector.catalogue.model;

import java.util.Objects;

/**
 * One rule of a {@link ProbeDefinition}: when the answer matches, what it means.
 *
 * @param match      which kind of condition
 * @param value      the condition's value: an errorcode, a pointer, a warningcode; "" for {@link Match#ANSWER}
 * @param outcome    what a match means
 * @param capability for {@link Outcome#CAPABILITY_MISSING}: the capability; else null
 * @param context    for {@link Outcome#CAPABILITY_MISSING}: the context level where the role needs it
 *                   ({@code system}, {@code course}, {@code activity}); else null
 * @param text       for {@link Outcome#UNPROVEN}: why the probe could not decide; else the optional note on what
 *                   the outcome means for the methods' answers (may be null)
 */
public record ProbeVerdict(Match match, String value, Outcome outcome, String capability, String context,
                           String text) {
    public ProbeVerdict {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The condition kinds, by their YAML key. */
    public enum Match { ERRORCODE, ANSWER, EMPTY, LACKS, WARNING }

    /** What a probe's answer proves about the methods that call the function. */
    public enum Outcome { USABLE, COURSE_ACCESS_MISSING, CAPABILITY_MISSING, UNPROVEN }
}
