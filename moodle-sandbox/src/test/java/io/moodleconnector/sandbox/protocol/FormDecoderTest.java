package io.moodleconnector.sandbox.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormDecoderTest {
    private static PhpArray post(String body) {
        return FormDecoder.decode(body, 5000, true);
    }

    private static PhpArray at(PhpArray a, String... path) {
        PhpArray current = a;
        for (String p : path) {
            current = (PhpArray) current.get(p);
        }
        return current;
    }

    @Test
    void nestedBracketsBuildNestedArrays() {
        PhpArray a = post("groups[0][name]=A&groups[0][courseid]=2&groups[1][name]=B");
        assertThat(at(a, "groups", "0").entries()).containsExactly(
                java.util.Map.entry("name", "A"), java.util.Map.entry("courseid", "2"));
        assertThat(at(a, "groups", "1").get("name")).isEqualTo("B");
    }

    @Test
    void percentEncodedBracketsAreTheSameAsRawOnes() {
        assertThat(post("groupids%5B0%5D=1&groupids%5B1%5D=2").toString())
                .isEqualTo(post("groupids[0]=1&groupids[1]=2").toString());
    }

    @Test
    void emptyBracketsAppendAfterTheHighestIntegerKey() {
        PhpArray a = post("x[5]=a&x[]=b&x[k]=c&x[]=d");
        assertThat(at(a, "x").entries().keySet()).containsExactly("5", "6", "k", "7");
    }

    @Test
    void plusIsASpaceAndPercentEscapesAreUtf8() {
        PhpArray a = post("name=Connector+Group+%C3%9C%26");
        assertThat(a.get("name")).isEqualTo("Connector Group Ü&");
    }

    @Test
    void dotsAndSpacesInTheBaseNameBecomeUnderscores() {
        PhpArray a = post("a.b=1&c+d[x]=2");
        assertThat(a.get("a_b")).isEqualTo("1");
        assertThat(at(a, "c_d").get("x")).isEqualTo("2");
    }

    @Test
    void anUnterminatedBracketBecomesAnUnderscore() {
        assertThat(post("a[b=1").get("a_b")).isEqualTo("1");
    }

    @Test
    void aLaterValueOverwritesAnEarlierOne() {
        assertThat(post("courseid=3&courseid=2").get("courseid")).isEqualTo("2");
    }

    @Test
    void aPostBodyKeepsMaxInputVarsPlusOneVariables() {
        PhpArray a = FormDecoder.decode("a=1&b=2&c=3&d=4", 2, true);
        assertThat(a.entries().keySet()).containsExactly("a", "b", "c");
    }

    @Test
    void aQueryStringKeepsExactlyMaxInputVarsVariables() {
        PhpArray a = FormDecoder.decode("a=1&b=2&c=3&d=4", 2, false);
        assertThat(a.entries().keySet()).containsExactly("a", "b");
    }
}
