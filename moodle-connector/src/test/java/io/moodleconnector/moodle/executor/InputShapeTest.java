package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.moodleconnector.catalogue.schema.OfflineSchemas;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each keyword {@link InputShape} models: a value it calls certainly valid is one networknt, configured as the
 * catalogue's schemas are, accepts too; and the edge it does not model exactly is "not sure".
 */
class InputShapeTest {
    private static final OfflineSchemas SCHEMAS = new OfflineSchemas();

    /** The shape's answer for {"v": value} under {"properties": {"v": property}}. */
    private static boolean fast(String property, Object value) {
        return InputShape.of(schema(property)).certainlyValid(input(value));
    }

    private static JsonNode schema(String property) {
        return JsonValues.MAPPER.readTree("{\"type\":\"object\",\"properties\":{\"v\":" + property + "}}");
    }

    private static Map<String, Object> input(Object value) {
        Map<String, Object> in = new HashMap<>();
        in.put("v", value);
        return in;
    }

    /** Certainly valid, and the full path agrees. */
    private static void assertValid(String property, Object value) {
        assertThat(fast(property, value)).as("certainly valid: %s", value).isTrue();
        assertThatCode(() -> InputValidator.validate(SCHEMAS.compilePrechecked(schema(property)).schema(),
                InputTree.of(input(value)))).doesNotThrowAnyException();
    }

    private static void assertNotSure(String property, Object value) {
        assertThat(fast(property, value)).as("not sure: %s", value).isFalse();
    }

    @Test
    void integerTypeAcceptsJavaIntegersLongsAndShorts() {
        assertValid("{\"type\":\"integer\"}", 7);
        assertValid("{\"type\":\"integer\"}", 7L);
        assertValid("{\"type\":\"integer\"}", (short) 7);
        assertValid("{\"type\":\"number\"}", 7);
    }

    @Test
    void integerTypeIsNotSureOfDoublesBigNumbersAndBytes() {
        assertNotSure("{\"type\":\"integer\"}", 1.0);
        assertNotSure("{\"type\":\"number\"}", 1.5);
        assertNotSure("{\"type\":\"integer\"}", 1.0f);
        assertNotSure("{\"type\":\"integer\"}", BigDecimal.ONE);
        assertNotSure("{\"type\":\"integer\"}", BigInteger.ONE);
        assertNotSure("{\"type\":\"integer\"}", (byte) 1);
        assertNotSure("{}", new BigInteger("99999999999999999999")); // NumberRange's question, even unconstrained
    }

    @Test
    void wrongTypeIsNotSure() {
        assertNotSure("{\"type\":\"integer\"}", "7");
        assertNotSure("{\"type\":\"string\"}", 7);
        assertNotSure("{\"type\":\"string\"}", null);
        assertNotSure("{\"type\":\"boolean\"}", "true");
        assertNotSure("{\"type\":\"object\"}", List.of());
    }

    @Test
    void maxLengthCountsCodePointsNotChars() {
        assertValid("{\"type\":\"string\",\"maxLength\":2}", "\uD83D\uDE00\uD83D\uDE00"); // 4 chars, 2 code points
        assertNotSure("{\"type\":\"string\",\"maxLength\":2}", "abc");
    }

    @Test
    void minLengthCountsCodePointsNotChars() {
        assertNotSure("{\"type\":\"string\",\"minLength\":2}", "\uD83D\uDE00"); // 2 chars, 1 code point
        assertValid("{\"type\":\"string\",\"minLength\":2}", "ab");
    }

    @Test
    void patternIsFoundAnywhereInTheText() {
        assertValid("{\"type\":\"string\",\"pattern\":\"b\"}", "abc");
        assertNotSure("{\"type\":\"string\",\"pattern\":\"^b\"}", "abc");
        assertValid("{\"type\":\"string\",\"pattern\":\"^[A-Z]{2}$\"}", "DE");
    }

    @Test
    void patternAndLengthsDoNotApplyToOtherTypes() {
        assertValid("{\"pattern\":\"^x$\",\"maxLength\":0}", 12);
    }

    @Test
    void enumFindsWholeNumbersByValueWhateverTheirJavaClass() {
        assertValid("{\"type\":\"integer\",\"enum\":[0,1,2,4]}", 4);
        assertValid("{\"type\":\"integer\",\"enum\":[0,1,2,4]}", 4L);
        assertValid("{\"type\":\"integer\",\"enum\":[0,1,2,4]}", (short) 4);
        assertNotSure("{\"type\":\"integer\",\"enum\":[0,1,2,4]}", 3);
        assertNotSure("{\"enum\":[0,1]}", 1.0);
        assertNotSure("{\"enum\":[0,1]}", "1");
    }

    @Test
    void enumOfTextMatchesExactly() {
        assertValid("{\"type\":\"string\",\"enum\":[\"id\",\"idnumber\"]}", "idnumber");
        assertNotSure("{\"type\":\"string\",\"enum\":[\"id\",\"idnumber\"]}", "ID");
    }

    @Test
    void enumValueOfAnUnmodelledKindIsNotSure() {
        assertNotSure("{\"enum\":[{\"a\":1},[1],1.5]}", Map.of("a", 1));
    }

    @Test
    void constMatchesItsOneValue() {
        assertValid("{\"const\":true}", true);
        assertNotSure("{\"const\":true}", false);
        assertNotSure("{\"const\":true}", "true");
        assertValid("{\"const\":null}", null);
    }

    @Test
    void minimumIsInclusiveAndCompared() {
        assertValid("{\"type\":\"integer\",\"minimum\":1}", 1);
        assertValid("{\"type\":\"integer\",\"minimum\":1}", Long.MAX_VALUE);
        assertNotSure("{\"type\":\"integer\",\"minimum\":1}", 0);
        assertNotSure("{\"type\":\"integer\",\"minimum\":1}", Long.MIN_VALUE);
    }

    @Test
    void minimumThatIsNotWholeLeavesTheSchemaNotSure() {
        assertNotSure("{\"minimum\":0.5}", 1);
    }

    @Test
    void requiredPropertyMissingIsNotSure() {
        String schema = "{\"type\":\"object\",\"required\":[\"a\"],\"properties\":{\"a\":{\"type\":\"string\"}}}";
        assertValid(schema, Map.of("a", "x"));
        assertNotSure(schema, Map.of());
        Map<String, Object> nullA = new HashMap<>();
        nullA.put("a", null);
        assertNotSure(schema, nullA); // present, but null is not a string
    }

    @Test
    void additionalPropertiesFalseMakesAnExtraKeyNotSure() {
        String schema = "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"a\":{}}}";
        assertValid(schema, Map.of("a", 1));
        assertNotSure(schema, Map.of("a", 1, "b", 2));
    }

    @Test
    void additionalPropertiesSchemaAppliesToEveryOtherKey() {
        String schema = "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}}";
        assertValid(schema, Map.of("a", 1, "b", 2));
        assertNotSure(schema, Map.of("a", 1, "b", "2"));
    }

    @Test
    void minPropertiesCountsKeys() {
        assertValid("{\"type\":\"object\",\"minProperties\":1}", Map.of("a", 1));
        assertNotSure("{\"type\":\"object\",\"minProperties\":1}", Map.of());
    }

    @Test
    void itemsApplyToEveryElementAndMinItemsCountsThem() {
        String schema = "{\"type\":\"array\",\"minItems\":2,\"items\":{\"type\":\"integer\"}}";
        assertValid(schema, List.of(1, 2));
        assertNotSure(schema, List.of(1));
        assertNotSure(schema, List.of(1, "2"));
    }

    @Test
    void anyOfNeedsOneBranchCertain() {
        String schema = "{\"type\":\"object\",\"anyOf\":[{\"required\":[\"a\"]},{\"required\":[\"b\"]}]}";
        assertValid(schema, Map.of("b", 1));
        assertNotSure(schema, Map.of("c", 1));
    }

    @Test
    void anAnyOfBranchStillChecksTheValuesItDeclares() {
        // The branch skips what the object's own walk vets, never what it names itself.
        String schema = "{\"type\":\"object\",\"anyOf\":[{\"required\":[\"password\"]},"
                + "{\"properties\":{\"createpassword\":{\"const\":true}},\"required\":[\"createpassword\"]}]}";
        assertValid(schema, Map.of("createpassword", true, "x", "y"));
        assertNotSure(schema, Map.of("createpassword", false, "x", "y"));
        assertNotSure(schema, Map.of("x", "y"));
    }

    @Test
    void aDeclaredPropertyNameWithALoneSurrogateLeavesTheSchemaNotSure() {
        // object() scans only undeclared keys, trusting a declared name's characters; such a name is not modelled.
        // (Jackson's JSON parser refuses such a name, so the tree is built by hand.)
        tools.jackson.databind.node.ObjectNode schema = JsonValues.MAPPER.createObjectNode().put("type", "object");
        schema.putObject("properties").putObject("a\ud800").put("type", "string");
        InputShape shape = InputShape.of(schema);
        assertThat(shape.certainlyValid(Map.of("a\ud800", "x"))).isFalse();
        assertThat(shape.certainlyValid(Map.of("b", "x"))).isFalse();
    }

    @Test
    void anAnyOfBranchOnAMapWhoseLookupsMayDisagreeReadsTheEntries() {
        // A case-insensitive TreeMap finds "PASSWORD" for "password"; the full path sees only the entry's key.
        String schema = "{\"type\":\"object\",\"anyOf\":[{\"required\":[\"password\"]}]}";
        java.util.TreeMap<String, Object> odd = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        odd.put("PASSWORD", "x");
        assertNotSure(schema, odd);
        assertValid(schema, new HashMap<>(Map.of("password", "x")));
    }

    @Test
    void anAnyOfBranchClosedToOtherPropertiesStillRefusesThem() {
        String schema = "{\"type\":\"object\",\"anyOf\":[{\"properties\":{\"a\":{}},"
                + "\"additionalProperties\":false}]}";
        assertValid(schema, Map.of("a", 1));
        assertNotSure(schema, Map.of("a", 1, "b", 2));
    }

    @Test
    void emailFormatIsNetworkntsOwn() {
        assertValid("{\"type\":\"string\",\"format\":\"email\"}", "jdoe@example.com");
        assertValid("{\"type\":\"string\",\"format\":\"email\"}", "\"j doe\"@localhost"); // networknt's own answer
        assertNotSure("{\"type\":\"string\",\"format\":\"email\"}", "jdoe");
        assertNotSure("{\"type\":\"string\",\"format\":\"email\"}", "jdoe@example.com\u00a0");
        assertNotSure("{\"type\":\"string\",\"format\":\"email\"}", "jdoe@@example.com");
    }

    @Test
    void formatOtherThanEmailLeavesTheSchemaNotSure() {
        assertNotSure("{\"type\":\"string\",\"format\":\"date\"}", "2024-01-01");
    }

    @Test
    void unknownKeywordLeavesTheWholeSchemaNotSure() {
        JsonNode schema = JsonValues.MAPPER.readTree("{\"type\":\"object\",\"maxProperties\":3}");
        assertThat(InputShape.of(schema).certainlyValid(Map.of())).isFalse();
    }

    @Test
    void unknownKeywordInAPropertyLeavesOnlyThatPropertyNotSure() {
        JsonNode schema = JsonValues.MAPPER.readTree("{\"type\":\"object\",\"properties\":{\"a\":{\"multipleOf\":2}}}");
        assertThat(InputShape.of(schema).certainlyValid(Map.of())).isTrue();
        assertThat(InputShape.of(schema).certainlyValid(Map.of("a", 2))).isFalse();
    }

    @Test
    void annotationsAreIgnored() {
        assertValid("{\"type\":\"integer\",\"default\":1,\"description\":\"d\",\"title\":\"t\"}", 3);
    }

    @Test
    void loneSurrogateInAValueOrAKeyIsNotSure() {
        assertNotSure("{}", "a\uD800b");
        assertNotSure("{}", "\uDC00");
        assertNotSure("{}", Map.of("k\uD800", 1));
        assertValid("{}", "a\uD83D\uDE00b");
    }

    @Test
    void keysThatAreNotTextAndValuesOfOtherJavaTypesAreNotSure() {
        assertNotSure("{}", Map.of(1, "x"));
        assertNotSure("{}", Set.of("x"));
        assertNotSure("{}", new Object[] {"x"});
        assertNotSure("{}", 'x');
        assertNotSure("{}", new LinkedHashMap<>(Map.of("a", new StringBuilder("x"))));
    }

    @Test
    void emptySchemaAcceptsAnyPlainValue() {
        assertValid("{}", Map.of("a", List.of(1, "x", true, Map.of())));
    }
}
