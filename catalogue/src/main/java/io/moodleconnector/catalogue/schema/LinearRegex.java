package io.moodleconnector.catalogue.schema;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.Optional;

/**
 * The regular-expression engine every catalogue schema's {@code pattern} and {@code patternProperties} run on:
 * RE2/J, which matches in time linear in the input. networknt's own engines (the JDK's, Joni, GraalJS) all
 * backtrack, so a pattern such as {@code ^(a+)+$} could take exponential time on a 40-character value; RE2/J cannot.
 * The price: no backreferences and no lookaround, which {@link PatternGuard} reports at the pattern's place.
 *
 * <p>Stateless; thread-safe ({@link Pattern} is immutable).
 */
public final class LinearRegex implements RegularExpressionFactory {
    /** The one instance. */
    public static final LinearRegex INSTANCE = new LinearRegex();

    private LinearRegex() {
    }

    /**
     * The matcher networknt runs for {@code regex}: a {@link CharClassPattern} when the pattern has that simple shape
     * (anchored ASCII classes, as nearly all the catalogue's patterns are; the same answer at a fraction of the cost),
     * RE2/J otherwise. RE2/J compiles the pattern either way, so a bad pattern fails exactly as before.
     */
    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = compile(regex);
        Optional<CharClassPattern> simple = CharClassPattern.compile(regex);
        if (simple.isPresent()) {
            return simple.get()::matches;
        }
        // JSON Schema patterns are not anchored: a match anywhere counts (ECMA-262 RegExp.test).
        return value -> pattern.matcher(value).find();
    }

    /**
     * Compiles {@code regex} with RE2/J.
     *
     * @throws IllegalArgumentException naming what the linear-time engine does not support
     */
    public static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
