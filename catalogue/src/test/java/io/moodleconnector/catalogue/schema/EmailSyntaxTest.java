package io.moodleconnector.catalogue.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailSyntaxTest {
    @ParameterizedTest
    @ValueSource(strings = {"first.last+tag@example.org", "labstudent1@school.example.edu", "jane.doe@gmail.com",
        "john_smith@outlook.com", "j.smith@university.ac.uk", "admin@moodle.example.com", "teacher-42@school.k12.ny.us",
        "o'brien@example.ie", "MIXED.Case@Example.COM", "user%department@company.de", "x@y.fr",
        "a.b.c.d@mail.server.example.net", "noreply@notifications.moodle.org", "student2026@campus.edu.au",
        "first_last@sub-domain.example.co.nz", "support+moodle@help.example.io", "12345@numbers.example.com",
        "user@xn--bcher-kva.de", "hello~world@tilde.example.org", "someone@localhost.localdomain"})
    void commonAddressesAreCertainlyValid(String address) {
        assertThat(EmailSyntax.certainlyValid(address)).isTrue();
        assertThat(NetworkntEmail.accepts(address)).as("the oracle agrees").isTrue();
    }

    @Test
    void aLocalPartOf64IsCertainAnd65IsNot() {
        String local64 = "a".repeat(64);
        assertThat(EmailSyntax.certainlyValid(local64 + "@example.org")).isTrue();
        assertThat(EmailSyntax.certainlyValid(local64 + "a@example.org")).isFalse();
        assertThat(NetworkntEmail.accepts(local64 + "a@example.org")).as("commons' limit").isFalse();
    }

    @Test
    void aLabelOf63IsCertainAnd64IsNot() {
        assertThat(EmailSyntax.certainlyValid("a@" + "b".repeat(63) + ".org")).isTrue();
        assertThat(EmailSyntax.certainlyValid("a@" + "b".repeat(64) + ".org")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "@example.org", "a@", "a", ".a@example.org", "a.@example.org", "a..b@example.org",
        "a@@example.org", "a@b@example.org", "\"quoted\"@example.org", "a\\@b@example.org", "a b@example.org",
        "a@example.org.", "a@localhost", "a@[127.0.0.1]", "a@[IPv6:::1]", "é@example.org", "a@exämple.org",
        "a@example.invalid", "a@example.c0m", "a@-example.org", "a@example-.org", "a@example..org",
        "a@example.123", "a(comment)@example.org", "a@example.org\n"})
    void unusualOrInvalidAddressesAreNotSure(String address) {
        assertThat(EmailSyntax.certainlyValid(address)).isFalse();
    }

    @Test
    void nullIsNotSure() {
        assertThat(EmailSyntax.certainlyValid(null)).isFalse();
    }

    /** Every ASCII character in every position of a local part and of a domain label: certain only if accepted. */
    @Test
    void everyAsciiCharacterAnywhereIsCertainOnlyIfNetworkntAccepts() {
        for (char c = 0; c < 128; c++) {
            String x = String.valueOf(c);
            for (String s : new String[] {x + "ab@example.org", "a" + x + "b@example.org", "ab" + x + "@example.org",
                "ab@" + x + "example.org", "ab@ex" + x + "ample.org", "ab@example" + x + ".org", "ab@example.o" + x + "rg",
                "ab@example.org" + x}) {
                if (EmailSyntax.certainlyValid(s)) {
                    assertThat(NetworkntEmail.accepts(s)).as("networknt refuses %s", s).isTrue();
                }
            }
        }
    }
}
