package io.moodleconnector.catalogue.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast matcher answers exactly as RE2/J's {@code find()} (what {@link LinearRegex} ran before), for the
 * catalogue's shipped input patterns and for generated patterns of the supported shape, on texts sampled from
 * what the pattern accepts and then disturbed with the characters most likely to be mishandled: {@code -},
 * {@code ]}, line ends, non-ASCII letters, surrogate pairs and lone surrogates, NUL, the empty text.
 */
class CharClassPatternAgreesWithRe2Properties {
    /** A pattern as items (a class or literal, and its quantifier) so texts can be sampled near it. */
    record Item(String atom, String quantifier, int min, int max) {
        String source() {
            return atom + quantifier;
        }
    }

    record Case(String pattern, String text) {
    }

    private static final List<List<Item>> SHIPPED = List.of(
            List.of(one("[a-z]"), star("[a-z0-9_]")),
            List.of(plus("[A-Za-z0-9_-]")),
            List.of(plus("[a-z0-9_.@-]")),
            List.of(new Item("[A-Z]", "{2}", 2, 2)),
            List.of(plus("[A-Za-z0-9_/+:.-]")));

    private static final String[] EDGES = {"-", "]", "[", "\n", "\r", "\t", " ", "\u0000", "\u007f", "\u0080", "é",
        "\u212a", "\u2028", "\ud83d\ude00", "\ud800", "\udfff", "$", "^", "\\", ".", "_", "@", "A", "z", "0", "9"};

    private static final String[] CLASS_PARTS = {"a-z", "A-Z", "0-9", "a-f", "_", ".", "\\.", "@", "/", "+", ":",
        "\\-", " ", "#", "$", "x-x", "!-/", "\\]", "\\\\", "Z-a", "^", "{", "}", "|", "~", "*", "?", "("};
    private static final String[] BARE = {"a", "Z", "0", "_", "-", "@", "\\.", "\\+", "\\$", "\\[", "\\{", ":", "/",
        " ", "#", ";", "`", "\"", "'", "<", ">", "!", "%", "&", "~", ",", "="};
    private static final String[] QUANTIFIERS = {"", "", "*", "+", "?", "{2}", "{0,2}", "{1,3}", "{2,}", "{0}",
        "{1}"};

    @Property(tries = 5000)
    void shippedPatternsAgreeWithRe2(@ForAll("nearShipped") Case c) {
        check(c);
    }

    @Property(tries = 20000)
    void generatedPatternsAgreeWithRe2(@ForAll("nearGenerated") Case c) {
        check(c);
    }

    private static void check(Case c) {
        CharClassPattern fast = CharClassPattern.compile(c.pattern()).orElseThrow(
                () -> new AssertionError("meant to compile but refused: " + c.pattern()));
        boolean expected = Pattern.compile(c.pattern()).matcher(c.text()).find();
        Statistics.label("RE2 finds").collect(expected);
        Statistics.label("RE2 finds").coverage(k -> {
            k.check(true).percentage(p -> p > 15);
            k.check(false).percentage(p -> p > 15);
        });
        assertThat(fast.matches(c.text())).as("%s on %s", c.pattern(), escaped(c.text())).isEqualTo(expected);
        assertThat(LinearRegex.INSTANCE.getRegularExpression(c.pattern()).matches(c.text())).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Case> nearShipped() {
        return Arbitraries.randomValue(r -> near(SHIPPED.get(r.nextInt(SHIPPED.size())), r));
    }

    @Provide
    Arbitrary<Case> nearGenerated() {
        return Arbitraries.randomValue(r -> near(pattern(r), r));
    }

    private static List<Item> pattern(Random r) {
        List<Item> items = new ArrayList<>();
        for (int n = r.nextInt(5); n > 0; n--) {
            String atom = r.nextInt(4) == 0 ? pick(BARE, r) : bracket(r);
            String q = pick(QUANTIFIERS, r);
            items.add(quantified(atom, q));
        }
        return items;
    }

    /** A bracket class: 1 to 3 parts, maybe a literal ']' first, a '-' first or last; '^' never first. */
    private static String bracket(Random r) {
        StringBuilder parts = new StringBuilder();
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            String part = pick(CLASS_PARTS, r);
            if (part.equals("Z-a") && r.nextBoolean()) {
                part = "a-a";
            }
            if (!(parts.isEmpty() && part.equals("^"))) {
                parts.append(part);
            }
        }
        if (parts.isEmpty()) {
            parts.append('q');
        }
        switch (r.nextInt(6)) {
            case 0 -> parts.insert(0, ']');
            case 1 -> parts.insert(0, '-');
            case 2 -> parts.append('-');
            default -> { }
        }
        return "[" + parts + "]";
    }

    private static Case near(List<Item> items, Random r) {
        String pattern = "^" + items.stream().map(Item::source).collect(Collectors.joining()) + "$";
        StringBuilder text = new StringBuilder();
        if (r.nextInt(20) != 0) {
            for (Item item : items) {
                List<Character> members = members(item.atom());
                int extra = item.max() < 0 ? r.nextInt(4) : r.nextInt(item.max() - item.min() + 1);
                for (int k = item.min() + extra; k > 0 && !members.isEmpty(); k--) {
                    text.append(members.get(r.nextInt(members.size())));
                }
            }
        }
        for (int m = r.nextInt(4) == 0 ? 0 : r.nextInt(3); m > 0; m--) {
            disturb(text, r);
        }
        return new Case(pattern, text.toString());
    }

    /** Inserts, replaces or deletes one character (a surrogate pair counts as one inserted string). */
    private static void disturb(StringBuilder text, Random r) {
        int at = r.nextInt(text.length() + 1);
        String edge = r.nextInt(4) == 0 ? String.valueOf((char) (0x20 + r.nextInt(0x5f))) : pick(EDGES, r);
        switch (r.nextInt(3)) {
            case 0 -> text.insert(at, edge);
            case 1 -> {
                if (at < text.length()) {
                    text.replace(at, at + 1, edge);
                }
            }
            default -> {
                if (at < text.length()) {
                    text.deleteCharAt(at);
                }
            }
        }
    }

    /** The ASCII characters the atom accepts, by RE2/J itself (sampling only; the oracle is RE2/J as well). */
    private static List<Character> members(String atom) {
        Pattern p = Pattern.compile(atom);
        List<Character> out = new ArrayList<>();
        for (char c = 0; c < 128; c++) {
            if (p.matches(String.valueOf(c))) {
                out.add(c);
            }
        }
        return out;
    }

    private static Item quantified(String atom, String q) {
        return switch (q) {
            case "" -> one(atom);
            case "*" -> star(atom);
            case "+" -> plus(atom);
            case "?" -> new Item(atom, q, 0, 1);
            default -> {
                String[] bounds = q.substring(1, q.length() - 1).split(",", -1);
                int min = Integer.parseInt(bounds[0]);
                int max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
                yield new Item(atom, q, min, max);
            }
        };
    }

    private static Item one(String atom) {
        return new Item(atom, "", 1, 1);
    }

    private static Item star(String atom) {
        return new Item(atom, "*", 0, -1);
    }

    private static Item plus(String atom) {
        return new Item(atom, "+", 1, -1);
    }

    private static String pick(String[] from, Random r) {
        return from[r.nextInt(from.length)];
    }

    private static String escaped(String s) {
        return s.codePoints().mapToObj(cp -> cp >= 0x20 && cp < 0x7f ? String.valueOf((char) cp)
                : String.format("\\u{%04x}", cp)).collect(Collectors.joining());
    }
}
