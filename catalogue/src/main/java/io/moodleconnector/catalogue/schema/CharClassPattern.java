package io.moodleconnector.catalogue.schema;

import java.util.Optional;

/**
 * A pattern of the shape nearly every catalogue {@code pattern} has, such as {@code ^[a-z][a-z0-9_]*$}, matched
 * without a regular-expression engine: a table lookup and a few bit operations per character, where RE2/J builds a
 * machine and runs it over code points. The answer is exactly RE2/J's {@code Pattern.compile(p).matcher(s).find()}
 * (the property test {@code CharClassPatternAgreesWithRe2Properties} holds it to that).
 *
 * <p>What compiles: {@code ^}, then items, then {@code $}, and nothing else. An item is a bracket class of printable
 * ASCII characters and ranges (a {@code ]} first or a {@code -} first or last is literal, as in RE2; an escaped
 * ASCII punctuation character such as {@code \.} or {@code \-} stands for itself), a letter, a digit, one of
 * {@value #BARE_LITERALS}, or an escaped ASCII punctuation character; each optionally followed by {@code *},
 * {@code +}, {@code ?}, {@code {n}}, {@code {n,}} or {@code {n,m}}, at most {@value #MAX_SLOTS} single-character
 * steps once expanded. Everything else is refused ({@link #compile} is empty) and runs on RE2/J: a negated class,
 * a POSIX or Perl class ({@code [[:alpha:]]}, {@code \d}, {@code \p{L}}), {@code .}, groups, alternation, flags,
 * lazy or stacked quantifiers, a {@code {} that is not a repeat, escapes such as {@code \n} or {@code \x41}, any
 * non-ASCII or control character, a pattern not anchored at both ends, a {@code ^} or {@code $} in the middle.
 *
 * <p>RE2 semantics kept: {@code $} without the multiline flag is the end of the text only, so "abc\n" does not match
 * {@code ^[a-z]+$}; every character of the text must be consumed by an ASCII class, so a text with any non-ASCII
 * code point (a surrogate pair or a lone surrogate included) never matches. Greedy repetition needs no care:
 * the matcher runs the pattern as an NFA (a bit per step), so {@code ^[a-z]*[a-z0-9]$} is exact too.
 *
 * <p>Immutable; thread-safe.
 */
public final class CharClassPattern {
    /** Steps an expanded pattern may have: the NFA's states, plus the accepting one, fit in a {@code long}. */
    static final int MAX_SLOTS = 63;
    /** Characters other than letters and digits that stand for themselves outside a class. */
    static final String BARE_LITERALS = " _-@/:,=!%&~'\"<>#;`";

    private final String source;
    /** For each ASCII character, the steps whose class holds it (bit i = step i). */
    private final long[] stepsHolding;
    /** Steps that consume one character and move on (exactly once or optional). */
    private final long moveOn;
    /** Steps that consume any number of characters (a star): they stay where they are. */
    private final long stay;
    /** Steps that may be passed without consuming (optional or star). */
    private final long skippable;
    private final long accept;
    private final long start;

    private CharClassPattern(String source, long[] stepsHolding, long moveOn, long stay, long skippable, int steps) {
        this.source = source;
        this.stepsHolding = stepsHolding;
        this.moveOn = moveOn;
        this.stay = stay;
        this.skippable = skippable;
        this.accept = 1L << steps;
        this.start = closure(1L);
    }

    /** The fast matcher for {@code regex}, or empty when {@code regex} is not of the supported shape. */
    public static Optional<CharClassPattern> compile(String regex) {
        return Optional.ofNullable(new Parser(regex).parse());
    }

    /** Whether RE2/J would find {@code regex} in {@code text}; for this shape, whether the whole text matches. */
    public boolean matches(String text) {
        long states = start;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return false;
            }
            long hit = states & stepsHolding[c];
            if (hit == 0) {
                return false;
            }
            states = closure(((hit & moveOn) << 1) | (hit & stay));
        }
        return (states & accept) != 0;
    }

    /** Adds the states reachable by passing optional steps without consuming; passing only goes forward. */
    private long closure(long states) {
        long before;
        do {
            before = states;
            states |= (states & skippable) << 1;
        } while (states != before);
        return states;
    }

    @Override
    public String toString() {
        return source;
    }

    /** One pass over the pattern; {@code null} as soon as anything is outside the supported shape. */
    private static final class Parser {
        private final String p;
        /** Index of the closing {@code $}: items live in [1, end). */
        private final int end;
        private int at = 1;
        private final long[] stepsHolding = new long[128];
        private long moveOn;
        private long stay;
        private long skippable;
        private int steps;

        Parser(String p) {
            this.p = p;
            this.end = p.length() - 1;
        }

        CharClassPattern parse() {
            if (p.length() < 2 || p.charAt(0) != '^' || p.charAt(end) != '$') {
                return null;
            }
            while (at < end) {
                boolean[] set = new boolean[128];
                if (!item(set)) {
                    return null;
                }
                int min = 1;
                int max = 1;
                if (at < end) {
                    char q = p.charAt(at);
                    if (q == '*' || q == '+' || q == '?') {
                        at++;
                        min = q == '+' ? 1 : 0;
                        max = q == '?' ? 1 : -1;
                    } else if (q == '{') {
                        int[] range = repeat();
                        if (range == null) {
                            return null;
                        }
                        min = range[0];
                        max = range[1];
                    }
                    // Lazy (*?) and stacked (a**, a{2}*) repetitions: refused rather than reasoned about.
                    if (at < end && "*+?{".indexOf(p.charAt(at)) >= 0) {
                        return null;
                    }
                }
                if (!addSteps(set, min, max)) {
                    return null;
                }
            }
            // A final '$' that an escape consumed ("^a\$") leaves at > end.
            return at == end ? new CharClassPattern(p, stepsHolding, moveOn, stay, skippable, steps) : null;
        }

        private boolean item(boolean[] set) {
            char c = p.charAt(at);
            if (c == '[') {
                at++;
                return bracket(set);
            }
            int literal = c == '\\' ? escaped() : bare(c);
            if (literal < 0) {
                return false;
            }
            set[literal] = true;
            return true;
        }

        private int bare(char c) {
            if (c < 128 && (Character.isLetterOrDigit(c) || BARE_LITERALS.indexOf(c) >= 0)) {
                at++;
                return c;
            }
            return -1;
        }

        /** RE2's parseClass for the supported subset: a first ']' is literal; "x-y" is a range unless y is ']'. */
        private boolean bracket(boolean[] set) {
            if (at < end && p.charAt(at) == '^') {
                return false;
            }
            boolean first = true;
            while (true) {
                if (at >= end) {
                    return false;
                }
                if (p.charAt(at) == ']' && !first) {
                    at++;
                    return true;
                }
                first = false;
                int lo = classChar();
                if (lo < 0) {
                    return false;
                }
                int hi = lo;
                if (at + 1 < end && p.charAt(at) == '-' && p.charAt(at + 1) != ']') {
                    at++;
                    hi = classChar();
                    if (hi < lo) {
                        return false;
                    }
                }
                for (int ch = lo; ch <= hi; ch++) {
                    set[ch] = true;
                }
            }
        }

        private int classChar() {
            if (at >= end) {
                return -1;
            }
            char c = p.charAt(at);
            if (c == '\\') {
                return escaped();
            }
            // '[' could open a POSIX class ("[[:alpha:]]"): refused rather than told apart.
            if (c < 0x20 || c > 0x7e || c == '[') {
                return -1;
            }
            at++;
            return c;
        }

        /** An escaped ASCII punctuation character stands for itself (RE2's parseEscape); other escapes refused. */
        private int escaped() {
            if (at + 1 >= end) {
                return -1;
            }
            char c = p.charAt(at + 1);
            if (c <= 0x20 || c > 0x7e || Character.isLetterOrDigit(c)) {
                return -1;
            }
            at += 2;
            return c;
        }

        /** RE2's parseRepeat: {n}, {n,} or {n,m}, no leading zeros, at most 1000, n <= m; else refused. */
        private int[] repeat() {
            int close = p.indexOf('}', at);
            if (close < 0 || close >= end) {
                return null;
            }
            String body = p.substring(at + 1, close);
            int comma = body.indexOf(',');
            int min = count(comma < 0 ? body : body.substring(0, comma));
            int max = comma < 0 ? min : comma == body.length() - 1 ? -1 : count(body.substring(comma + 1));
            if (min < 0 || (max < 0 && (comma < 0 || comma != body.length() - 1)) || (max >= 0 && max < min)) {
                return null;
            }
            at = close + 1;
            return new int[] {min, max};
        }

        private static int count(String digits) {
            if (digits.isEmpty() || digits.length() > 4 || (digits.length() > 1 && digits.charAt(0) == '0')) {
                return -1;
            }
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                    return -1;
                }
            }
            int n = Integer.parseInt(digits);
            return n <= 1000 ? n : -1;
        }

        /** Expands an item into steps: min mandatory ones, then a star (no maximum) or max - min optional ones. */
        private boolean addSteps(boolean[] set, int min, int max) {
            int added = min + (max < 0 ? 1 : max - min);
            if (steps + added > MAX_SLOTS) {
                return false;
            }
            for (int i = 0; i < added; i++) {
                long bit = 1L << steps;
                for (int ch = 0; ch < 128; ch++) {
                    if (set[ch]) {
                        stepsHolding[ch] |= bit;
                    }
                }
                if (i < min) {
                    moveOn |= bit;
                } else if (max < 0) {
                    stay |= bit;
                    skippable |= bit;
                } else {
                    moveOn |= bit;
                    skippable |= bit;
                }
                steps++;
            }
            return true;
        }
    }
}
