package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.format.EmailFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link InputValues#email} gives networknt's {@code format: email} answer for every text, though it keeps the
 * answers of domains: addresses are made of local parts plain and not (dots, quotes, {@code @}, spaces, control and
 * non-ASCII characters, 64 and 65 characters) and of a few domains (known and unknown TLDs, local names, IP literals,
 * a final dot, non-ASCII whitespace, IDN), so that domains repeat.
 */
class EmailCheckProperties {
    private static final EmailFormat NETWORKNT = new EmailFormat();

    @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE)
    void emailCheckAgreesWithNetworkntsFormat(@ForAll("addresses") String address) {
        int at = address.indexOf('@');
        Statistics.collect(InputValues.plainLocalPart(address, at) ? "plain local part" : "other local part",
                NETWORKNT.matches(null, address) ? "valid" : "invalid");
        assertThat(InputValues.email(address)).as(address).isEqualTo(NETWORKNT.matches(null, address));
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("abcXYZ019_+-.").ofMinLength(0).ofMaxLength(66);
        Arbitrary<String> odd = Arbitraries.strings().withChars("ab.\"\\ '@()<>,;:[]\u0001\u00e9\u00a0\n\t")
                .ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> local = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, plain), net.jqwik.api.Tuple.of(2, odd),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("a".repeat(64), "a".repeat(65), "a..b", ".a", "a.", "\"a b\"",
                        "jdoe")));
        Arbitrary<String> domain = Arbitraries.of(List.of("example.com", "example.com.", "localhost", "example.xyzzy",
                "ex ample.com", "example.com\u00a0", "[127.0.0.1]", "[::1]", "[300.0.0.1]", "exämple.de", "-a.com",
                "a-.com", "x@example.com", "", "example..com", "sub.example.co.uk", "EXAMPLE.COM", "a.b", "1.2.3.4",
                "example.com\n", "xn--exmple-cua.de", "a".repeat(64) + ".com", "a".repeat(63) + ".com", "example"));
        return Combinators.combine(local, domain, Arbitraries.of("@", "@", "@", "", "@@"))
                .as((l, d, sep) -> l + sep + d);
    }
}
