package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.AlipayRegistration.ADDRESS;
import static com.buyerjourneykit.simulator.AlipayRegistration.IDENTITY;
import static com.buyerjourneykit.simulator.AlipayRegistration.PROFILE;
import static com.buyerjourneykit.simulator.AlipayRegistration.QUERY;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.AlipayRegistration.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the Alipay personal-account methods on a real, running simulator: each refusal
 * names the field and the rule, leaves the account as it was, and each limit is exact.
 */
class AlipayPersonalAccountInputAcceptanceTest {
    /** One buyer per method, each standing just before that method's step. */
    private static final Map<String, String> WAITING = Map.of(IDENTITY, "123452101", ADDRESS, "123452102", PROFILE, "123452103");
    private static final Map<String, String> STATUS_BEFORE = Map.of(
            IDENTITY, "CODE_VERIFIED", ADDRESS, "IDENTITY_VERIFIED", PROFILE, "ADDRESS_REGISTERED");
    private static AlipayRegistration alipay;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        alipay = new AlipayRegistration(new SimulatorHttp(SIMULATOR.baseUrl()));
        alipay.completeSteps(WAITING.get(IDENTITY), 1);
        alipay.completeSteps(WAITING.get(ADDRESS), 2);
        alipay.completeSteps(WAITING.get(PROFILE), 3);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                bad(IDENTITY, "document_type", text("DRIVING_LICENCE"), "one-of"),
                bad(IDENTITY, "document_type", text("passport"), "one-of"),
                bad(IDENTITY, "document_type", IntNode.valueOf(5), "string"),
                bad(IDENTITY, "document_type", null, "required"),
                bad(IDENTITY, "document_number", text("A123"), "document-number"),
                bad(IDENTITY, "document_number", text("A".repeat(21)), "document-number"),
                bad(IDENTITY, "document_number", text("k1234567"), "document-number"),
                bad(IDENTITY, "document_number", text("K-123456"), "document-number"),
                bad(IDENTITY, "document_number", IntNode.valueOf(12345678), "string"),
                bad(IDENTITY, "document_number", text(""), "required"),
                bad(IDENTITY, "full_name", text("x".repeat(101)), "length-1-100"),
                bad(IDENTITY, "full_name", text("名".repeat(101)), "length-1-100"),
                bad(IDENTITY, "full_name", JsonNodeFactory.instance.arrayNode().add("Siti"), "string"),
                bad(IDENTITY, "full_name", text("   "), "required"),
                bad(IDENTITY, "nationality", text("XX"), "iso-country"),
                bad(IDENTITY, "nationality", text("my"), "iso-country"),
                bad(IDENTITY, "nationality", text("MYS"), "iso-country"),
                bad(IDENTITY, "nationality", IntNode.valueOf(458), "string"),
                bad(IDENTITY, "date_of_birth", text("1990-13-01"), "iso-date"),
                bad(IDENTITY, "date_of_birth", text("1990-02-30"), "iso-date"),
                bad(IDENTITY, "date_of_birth", text("2003-02-29"), "iso-date"),
                bad(IDENTITY, "date_of_birth", text("17/05/1990"), "iso-date"),
                bad(IDENTITY, "date_of_birth", text("1990-5-17"), "iso-date"),
                bad(IDENTITY, "date_of_birth", text("+1990-05-17"), "iso-date"),
                bad(IDENTITY, "date_of_birth", text("2030-01-01"), "adult"),
                bad(IDENTITY, "date_of_birth", IntNode.valueOf(19900517), "string"),
                bad(IDENTITY, "date_of_birth", null, "required"),
                bad(IDENTITY, "mobile", text("2025550123"), "mobile-number-for-country"),
                bad(ADDRESS, "country", text("ZZ"), "iso-country"),
                bad(ADDRESS, "country", text(""), "required"),
                bad(ADDRESS, "country", BooleanNode.TRUE, "string"),
                bad(ADDRESS, "region", text("r".repeat(61)), "length-1-60"),
                bad(ADDRESS, "region", null, "required"),
                bad(ADDRESS, "city", text("c".repeat(61)), "length-1-60"),
                bad(ADDRESS, "city", JsonNodeFactory.instance.objectNode().put("name", "PJ"), "string"),
                bad(ADDRESS, "address_line", text("a".repeat(201)), "length-1-200"),
                bad(ADDRESS, "address_line", null, "required"),
                bad(ADDRESS, "postal_code", text("1234567890123"), "postal-code"),
                bad(ADDRESS, "postal_code", text("47300#"), "postal-code"),
                bad(ADDRESS, "postal_code", IntNode.valueOf(47300), "string"),
                bad(PROFILE, "occupation", text("o".repeat(61)), "length-1-60"),
                bad(PROFILE, "occupation", null, "required"),
                bad(PROFILE, "occupation", IntNode.valueOf(7), "string"),
                bad(PROFILE, "email", text("not-an-email"), "email"),
                bad(PROFILE, "email", text("siti@"), "email"),
                bad(PROFILE, "email", text("siti@example"), "email"),
                bad(PROFILE, "email", text("siti @example.com"), "email"),
                bad(PROFILE, "email", text(email(255)), "email"),
                bad(PROFILE, "email", IntNode.valueOf(12), "string"));
    }

    @ParameterizedTest(name = "{0} {1}={2} → {3}")
    @MethodSource("badInput")
    void refusesBadInputNamingFieldAndRuleAndChangesNothing(String method, String field, JsonNode value, String rule) {
        String mobile = WAITING.get(method);
        ObjectNode body = alipay.bodyFor(method, mobile);
        if (value == null) {
            body.remove(field);
        } else {
            body.set(field, value);
        }
        Answer answer = alipay.call(method, body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("code")).isEqualTo(rule.equals("required") ? "40001" : "40002");
        assertThat(answer.text("field")).isEqualTo(field);
        assertThat(answer.text("rule")).isEqualTo(rule);
        assertThat(alipay.status(WAITING.get(method))).isEqualTo(STATUS_BEFORE.get(method));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"IDENTITY, not json", "ADDRESS, '[1,2]'", "PROFILE, '\"text\"'", "QUERY, '{'"})
    void refusesABizContentThatIsNoJsonObject(String method, String bizContent) {
        String name = Map.of("IDENTITY", IDENTITY, "ADDRESS", ADDRESS, "PROFILE", PROFILE, "QUERY", QUERY).get(method);
        Answer answer = alipay.call(name, bizContent);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("rule")).isEqualTo("json-object");
    }

    @Test
    void theQueryChecksTheMobileLikeEveryMethod() {
        Answer answer = alipay.call(QUERY, alipay.buyer("2025550123"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("field")).isEqualTo("mobile");
    }

    @ParameterizedTest(name = "{1} characters → {2}")
    @CsvSource({"123452111, 4, 400", "123452112, 5, 200", "123452113, 20, 200", "123452114, 21, 400"})
    void documentNumbersHoldFiveToTwentyCharacters(String mobile, int length, int status) {
        alipay.completeSteps(mobile, 1);
        Answer answer = alipay.call(IDENTITY, alipay.identity(mobile).put("document_number", "K1".repeat(11).substring(0, length)));
        assertThat(answer.status()).isEqualTo(status);
        assertThat(alipay.status(mobile)).isEqualTo(status == 200 ? "IDENTITY_VERIFIED" : "CODE_VERIFIED");
    }

    @Test
    void aBuyerIsAdultOnTheirEighteenthBirthdayByTheirOwnVirtualClock() {
        alipay.completeSteps("123452121", 1);
        LocalDate eighteenTomorrow = alipay.today("123452121").minusYears(18).plusDays(1);
        Answer seventeen = alipay.call(IDENTITY, alipay.identity("123452121").put("date_of_birth", eighteenTomorrow.toString()));
        assertThat(seventeen.status()).isEqualTo(400);
        assertThat(seventeen.text("rule")).isEqualTo("adult");

        alipay.advance("123452121", 86_400);
        Answer eighteen = alipay.call(IDENTITY, alipay.identity("123452121").put("date_of_birth", eighteenTomorrow.toString()));
        assertThat(eighteen.text("account_status")).isEqualTo("IDENTITY_VERIFIED");
    }

    @Test
    void namesUpToOneHundredCharactersInAnyScriptAreAccepted() {
        alipay.completeSteps("123452131", 1);
        assertThat(alipay.call(IDENTITY, alipay.identity("123452131").put("full_name", "x".repeat(100))).status()).isEqualTo(200);
        // 100 characters outside the Basic Multilingual Plane are 200 UTF-16 units, and still fit.
        String hundredRareHanzi = "\uD840\uDC00".repeat(100);
        assertThat(alipay.call(IDENTITY, alipay.identity("123452131").put("full_name", hundredRareHanzi)).status()).isEqualTo(200);
    }

    @Test
    void addressFieldsAreAcceptedUpToTheirLimits() {
        alipay.completeSteps("123452141", 2);
        ObjectNode longest = alipay.address("123452141").put("region", "r".repeat(60)).put("city", "c".repeat(60))
                .put("address_line", "a".repeat(200)).put("postal_code", "AB12 345-678");
        assertThat(alipay.call(ADDRESS, longest).text("account_status")).isEqualTo("ADDRESS_REGISTERED");
    }

    @Test
    void profileFieldsAreAcceptedUpToTheirLimits() {
        alipay.completeSteps("123452151", 3);
        ObjectNode longest = alipay.profile("123452151").put("occupation", "o".repeat(60)).put("email", email(254));
        assertThat(alipay.call(PROFILE, longest).text("account_status")).isEqualTo("COMPLETED");
    }

    /** A well-formed address of exactly {@code length} characters (64-character local part). */
    private static String email(int length) {
        String local = "a".repeat(64) + "@";
        String labels = "b".repeat(63) + "." + "c".repeat(63) + ".";
        return local + labels + "d".repeat(length - local.length() - labels.length());
    }

    private static Arguments bad(String method, String field, JsonNode value, String rule) {
        return Arguments.of(method, field, value, rule);
    }

    private static TextNode text(String value) {
        return TextNode.valueOf(value);
    }
}
