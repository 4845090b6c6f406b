package io.moodleconnector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSpecTest {
    private static final String TOKEN = "0ddba11c0ffee5ecret0ddba11c0ffee5";
    private static final Map<String, Object> SCHEMA = ConnectionSpec.schema(List.of());

    @SuppressWarnings("unchecked")
    private static Map<String, Object> property(String name) {
        return (Map<String, Object>) ((Map<String, Object>) SCHEMA.get("properties")).get(name);
    }

    private static Map<String, Object> config(Object... keyValues) {
        Map<String, Object> m = new HashMap<>(Map.of("url", "https://lms.example.edu", "token", TOKEN));
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    void schemaIsJsonSchema2020ClosedAndRequiresUrlAndToken() {
        assertThat(SCHEMA.get("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SCHEMA.get("required")).isEqualTo(List.of("url", "token"));
        assertThat(SCHEMA.get("additionalProperties")).isEqualTo(false);
    }

    @Test
    void tokenIsMarkedWriteOnlyAndSecret() {
        assertThat(property("token")).containsEntry("writeOnly", true).containsEntry("secret", true)
                .containsEntry("type", "string");
    }

    @Test
    void everyOptionOfConnectionOptionsIsInTheSchemaWithItsDefault() {
        // maxInputVars at its default, but set: a config leaves it out when unset (the site's release may choose it)
        Map<String, Object> defaults = ConnectionOptions.builder().maxInputVars(1000).build().toConfig();
        assertThat(defaults).containsKeys("connectTimeout", "readTimeout", "callTimeout", "maxInputVars",
                "maxResponseBytes", "maxInFlight", "requestsPerSecond", "maxReadAttempts", "retryBackoff", "allowPlainHttp",
                "isolateFailures");
        defaults.forEach((key, value) -> assertThat(property(key)).as(key)
                .containsEntry("default", value).containsKey("description").containsKey("type"));
    }

    @Test
    void numericOptionsCarryTheirBounds() {
        assertThat(property("maxInputVars")).containsEntry("type", "integer").containsEntry("minimum", 4L)
                .containsKey("maximum");
        assertThat(property("requestsPerSecond")).containsEntry("type", "number").containsEntry("exclusiveMinimum", 0.0);
        assertThat(property("callTimeout")).containsEntry("default", 120_000L);
    }

    @Test
    void fieldsOfTheDescriptorTitleUrlAndToken() {
        Map<String, Object> schema = ConnectionSpec.schema(List.of(
                new ConnectionField("token", "Web service token", "From Manage tokens.", true, true)));
        @SuppressWarnings("unchecked")
        Map<String, Object> token = (Map<String, Object>) ((Map<String, Object>) schema.get("properties")).get("token");
        assertThat(token).containsEntry("title", "Web service token").containsEntry("description", "From Manage tokens.");
    }

    @Test
    void aValidConfigHasNoViolations() {
        assertThat(ConnectionSpec.validate(config("requestsPerSecond", 2.5, "callTimeout", 30_000, "allowPlainHttp", true)))
                .isEmpty();
    }

    @Test
    void everyProblemIsListedWithItsPointer() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("url", "ftp://lms.example.edu");
        bad.put("token", "  ");
        bad.put("maxInputVars", 3);
        bad.put("requestsPerSecond", 0);
        bad.put("callTimeout", "30s");
        bad.put("maxInFlight", 2.5);
        bad.put("rateLimit", 5);
        assertThat(ConnectionSpec.validate(bad)).extracting(Violation::pointer, Violation::keyword)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/url", "format"),
                        org.assertj.core.groups.Tuple.tuple("/token", "minLength"),
                        org.assertj.core.groups.Tuple.tuple("/maxInputVars", "minimum"),
                        org.assertj.core.groups.Tuple.tuple("/requestsPerSecond", "exclusiveMinimum"),
                        org.assertj.core.groups.Tuple.tuple("/callTimeout", "type"),
                        org.assertj.core.groups.Tuple.tuple("/maxInFlight", "type"),
                        org.assertj.core.groups.Tuple.tuple("/rateLimit", "additionalProperties"));
    }

    @Test
    void missingUrlAndTokenAreBothReported() {
        assertThat(ConnectionSpec.validate(Map.of())).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/url", "required"),
                        org.assertj.core.groups.Tuple.tuple("/token", "required"));
    }

    @Test
    void anOptionAboveItsMaximumSaysTheRange() {
        assertThat(ConnectionSpec.validate(config("maxReadAttempts", 11)))
                .singleElement().satisfies(v -> {
                    assertThat(v.pointer()).isEqualTo("/maxReadAttempts");
                    assertThat(v.keyword()).isEqualTo("maximum");
                    assertThat(v.message()).contains("at most 10").contains("11");
                });
    }

    @Test
    void aTokenOfTheWrongTypeIsNotQuoted() {
        assertThat(ConnectionSpec.validate(config("token", 1234567890123L))).singleElement()
                .satisfies(v -> assertThat(v.message()).doesNotContain("1234567890123").contains("string expected"));
    }

    @Test
    void aUrlWithATokenInItsQueryIsRefusedWithoutQuotingIt() {
        assertThat(ConnectionSpec.validate(config("url", "https://lms.example.edu/?wstoken=" + TOKEN))).singleElement()
                .satisfies(v -> assertThat(v.toString()).contains("/url").contains("query").doesNotContain(TOKEN));
    }

    @Test
    void fromBuildsTheConnectionWithItsOptions() {
        Connection c = Connection.from(config("url", "https://lms.example.edu/moodle/", "callTimeout", 30_000,
                "requestsPerSecond", 2, "maxResponseBytes", 1024));
        assertThat(c.siteUrl()).hasToString("https://lms.example.edu/moodle");
        assertThat(c.token()).isEqualTo(Secret.of(TOKEN));
        assertThat(c.options()).isEqualTo(ConnectionOptions.builder().callTimeout(Duration.ofSeconds(30))
                .requestsPerSecond(2).maxResponseBytes(1024).build());
    }

    @Test
    void fromAcceptsATokenAlreadyWrappedAsASecret() {
        assertThat(Connection.from(config("token", Secret.of(TOKEN))).token()).isEqualTo(Secret.of(TOKEN));
    }

    @Test
    void fromRefusesABadConfigWithEveryProblem() {
        assertThatThrownBy(() -> Connection.from(Map.of("url", "lms.example.edu", "maxInFlight", 0)))
                .isInstanceOf(InvalidConnectionException.class)
                .satisfies(e -> assertThat(((InvalidConnectionException) e).violations())
                        .extracting(Violation::pointer).containsExactlyInAnyOrder("/url", "/token", "/maxInFlight"))
                .satisfies(e -> assertThat(((ConnectorException) e).code()).isEqualTo("invalid_connection"));
    }

    @Test
    void optionsRoundTripThroughTheirConfig() {
        ConnectionOptions o = ConnectionOptions.builder().readTimeout(Duration.ofMillis(1500)).maxInFlight(2)
                .allowPlainHttp(true).build();
        Map<String, Object> config = config();
        config.putAll(o.toConfig());
        assertThat(Connection.from(config).options()).isEqualTo(o);
    }

    @Test
    void aBlankTokenIsRefusedByOfToo() {
        assertThatThrownBy(() -> Connection.of("https://lms.example.edu", Secret.of("")))
                .isInstanceOf(InvalidConnectionException.class).hasMessageContaining("/token");
    }

    private static final Map<String, Object> SPEC_WITH_TENANT = ConnectionSpec.schema(List.of(
            new ConnectionField("tenant", "Tenant", "The tenant id.", false, true),
            new ConnectionField("clientSecret", "Client secret", "The OAuth client secret.", true, false)));

    @Test
    void aConnectorsOwnFieldsAreStringsInItsSpecSecretsMarked() {
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) SPEC_WITH_TENANT.get("properties");
        assertThat(SPEC_WITH_TENANT.get("required")).isEqualTo(List.of("url", "token", "tenant"));
        assertThat((Map<String, Object>) properties.get("tenant")).containsEntry("type", "string")
                .doesNotContainKey("writeOnly");
        @SuppressWarnings("unchecked")
        Map<String, Object> secret = (Map<String, Object>) properties.get("clientSecret");
        assertThat(secret).containsEntry("writeOnly", true).containsEntry("secret", true);
    }

    @Test
    void aConnectorsOwnFieldsAreCheckedAgainstItsSpec() {
        assertThat(ConnectionSpec.validate(SPEC_WITH_TENANT, config("clientSecret", 42, "tenat", "x")))
                .extracting(Violation::pointer, Violation::keyword)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("/clientSecret", "type"),
                        org.assertj.core.groups.Tuple.tuple("/tenat", "additionalProperties"),
                        org.assertj.core.groups.Tuple.tuple("/tenant", "required"));
    }

    @Test
    void fromKeepsAConnectorsOwnFieldsAsParametersWithoutPrintingThem() {
        Connection c = Connection.from(config("tenant", "t-1", "clientSecret", "hush-hush-value"));
        assertThat(c.parameters()).containsEntry("tenant", "t-1").containsEntry("clientSecret", "hush-hush-value");
        assertThat(c.toString()).contains("clientSecret").doesNotContain("hush-hush-value");
        assertThat(ConnectionSpec.validate(SPEC_WITH_TENANT, config("tenant", "t-1", "clientSecret", "hush-hush-value")))
                .isEmpty();
    }

    @Test
    void nanAndInfinityAreViolationsNotExceptions() {
        assertThat(ConnectionSpec.validate(config("requestsPerSecond", Double.POSITIVE_INFINITY, "maxInFlight", Double.NaN)))
                .extracting(Violation::pointer, Violation::keyword)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("/requestsPerSecond", "type"),
                        org.assertj.core.groups.Tuple.tuple("/maxInFlight", "type"));
    }

    @Test
    void aHugeIntegerIsAboveTheMaximumNotAnOverflow() {
        assertThat(ConnectionSpec.validate(config("maxInputVars", new java.math.BigInteger("99999999999999999999999"))))
                .singleElement().satisfies(v -> assertThat(v.keyword()).isEqualTo("maximum"));
    }
}
