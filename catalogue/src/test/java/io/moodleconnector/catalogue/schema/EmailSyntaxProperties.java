package io.moodleconnector.catalogue.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Safety: whatever {@link EmailSyntax#certainlyValid} accepts, networknt's {@code format: email} accepts, on
 * strings near email syntax: quotes, escapes, spaces and control characters, doubled, leading and trailing dots,
 * local parts around 64 characters, labels around 63 and domains around 253, IP literals, single-label hosts,
 * non-ASCII letters and surrogates, and TLDs known, local ({@code .localhost}), reserved ({@code .invalid}) or made
 * up, in any case.
 */
class EmailSyntaxProperties {
    private static final String ATEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-";
    private static final String[] LOCAL_TOKENS = {"a", "Z", "0", ".", "..", "\"", "\\", " ", "\t", "\n", "\r", "(",
        ")", ",", ";", ":", "<", ">", "[", "]", "'", "+", "-", "_", "é", "\u00a0", "\u2003", "\ud83d\ude00", "\ud800",
        "@", "!", "#", "~", "{", "}", "|", "`", "=", "?", "^", "%", "&", "*", "/", "$", "\u0000", "\u007f"};
    private static final String[] LABELS = {"example", "a", "x-y", "-bad", "bad-", "1", "123", "xn--p1ai", "sub", "B",
        "mail-server", "a1", "EXAMPLE", "ex_ample", "ex ample", "exämple", "a--b", ""};
    private static final String[] TLDS = {"org", "com", "edu", "invalid", "local", "localhost", "localdomain", "test",
        "example", "uk", "ORG", "Com", "c0m", "123", "a", "museum", "xn--p1ai", "zz", "onion", "arpa", "internal",
        "home", "lan", "corp", "", "co.uk", "1a", "a-", "-a", "ab-cd", "ɑrg", "org.", "org..", "org\n", "org "};
    private static final String[] COMMON_TLDS = {"org", "com", "edu", "net", "uk", "de", "fr", "io", "ORG", "Com"};
    private static final String[] IP_LITERALS = {"[127.0.0.1]", "[IPv6:::1]", "[IPv6:2001:db8::1]", "[300.1.1.1]",
        "[::1]", "[]", "[example.org]"};

    @Property(tries = 30000)
    void certainlyValidImpliesNetworkntAccepts(@ForAll("nearEmail") String s) {
        boolean certain = EmailSyntax.certainlyValid(s);
        boolean accepted = NetworkntEmail.accepts(s);
        Statistics.label("verdict").collect(certain ? "certainly valid" : accepted ? "not sure, valid" : "invalid");
        Statistics.label("verdict").coverage(k -> {
            k.check("certainly valid").percentage(p -> p > 10);
            k.check("invalid").percentage(p -> p > 15);
        });
        if (certain) {
            assertThat(accepted).as("networknt refuses %s", s).isTrue();
        }
    }

    @Provide
    Arbitrary<String> nearEmail() {
        return Arbitraries.randomValue(EmailSyntaxProperties::email);
    }

    private static String email(Random r) {
        StringBuilder s = new StringBuilder(local(r));
        if (r.nextInt(30) != 0) {
            s.append('@').append(domain(r));
        }
        for (int m = r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0; m > 0; m--) {
            int at = r.nextInt(s.length() + 1);
            s.insert(at, LOCAL_TOKENS[r.nextInt(LOCAL_TOKENS.length)]);
        }
        return s.toString();
    }

    private static String local(Random r) {
        return switch (r.nextInt(10)) {
            case 0, 1 -> soup(r, 1 + r.nextInt(10));
            case 2 -> "\"" + soup(r, r.nextInt(6)) + "\"";
            case 3 -> {
                String word = atext(r, 60 + r.nextInt(8));
                yield r.nextBoolean() ? word : word.substring(0, 30) + "." + word.substring(31);
            }
            case 4 -> (r.nextBoolean() ? "." : "") + dotAtom(r) + (r.nextBoolean() ? "." : "");
            default -> dotAtom(r);
        };
    }

    private static String dotAtom(Random r) {
        StringBuilder s = new StringBuilder(atext(r, 1 + r.nextInt(10)));
        for (int n = r.nextInt(3); n > 0; n--) {
            s.append(r.nextInt(8) == 0 ? ".." : ".").append(atext(r, 1 + r.nextInt(8)));
        }
        return s.toString();
    }

    private static String domain(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> IP_LITERALS[r.nextInt(IP_LITERALS.length)];
            case 1 -> r.nextBoolean() ? "localhost" : LABELS[r.nextInt(LABELS.length)];
            case 2 -> alnum(r, 61 + r.nextInt(5)) + "." + tld(r);
            case 3 -> {
                StringBuilder d = new StringBuilder();
                while (d.length() < 240 + r.nextInt(20)) {
                    d.append(alnum(r, 1 + r.nextInt(20))).append('.');
                }
                yield d.append(tld(r)).toString();
            }
            default -> {
                StringBuilder d = new StringBuilder();
                for (int n = 1 + r.nextInt(3); n > 0; n--) {
                    d.append(r.nextInt(3) != 0 ? alnum(r, 1 + r.nextInt(8)) : LABELS[r.nextInt(LABELS.length)])
                            .append('.');
                }
                yield d.append(tld(r)).toString();
            }
        };
    }

    private static String tld(Random r) {
        return r.nextBoolean() ? COMMON_TLDS[r.nextInt(COMMON_TLDS.length)] : TLDS[r.nextInt(TLDS.length)];
    }

    private static String soup(Random r, int tokens) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            s.append(LOCAL_TOKENS[r.nextInt(LOCAL_TOKENS.length)]);
        }
        return s.toString();
    }

    private static String atext(Random r, int length) {
        return chars(r, length, r.nextInt(3) == 0 ? ATEXT : ATEXT.substring(0, 62));
    }

    private static String alnum(Random r, int length) {
        return chars(r, length, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
    }

    private static String chars(Random r, int length, String from) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(from.charAt(r.nextInt(from.length())));
        }
        return s.toString();
    }
}
