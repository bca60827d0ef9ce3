package com.buyerjourneykit.reference;

import static com.buyerjourneykit.reference.WorldFirstJourneys.authorisation;
import static com.buyerjourneykit.reference.WorldFirstJourneys.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guide section 4A over the reference REST API and pages, against a real simulated WorldFirst and
 * 1688: the code step, activation, more 1688 IDs for one World Account, and every refusal (AUTH-01…07).
 */
class WorldPayAuthorisationApiTest {
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("worldpay-authorisation-api-test");
    private static final WorldFirstJourneys BUYERS = new WorldFirstJourneys(RUNNING, 123_480_000);
    private static final AtomicInteger NEXT_MEMBER = new AtomicInteger();

    @Test
    void theFirstActivationFinishesTheStepAndASecond1688IdIsAuthorisedAfterIt() {
        WorldFirstJourneys.Buyer buyer = BUYERS.withWorldAccount();
        String first = verifiedMember();
        String second = verifiedMember();
        JsonNode sent = read(expect(buyer.post("worldfirst/authorisations", authorisation(first).put("nickname", "shop").toString()), 201));
        assertThat(sent.path("result").asText()).isEqualTo("authorisation-code-sent");
        assertThat(sent.path("alibaba1688Id").asText()).isEqualTo(first);
        assertThat(sent.path("authorisationId").asText()).isNotBlank();
        assertThat(sent.path("maskedDestination").asText()).startsWith("+60");
        assertThat(sent.toString()).doesNotContain("Secret-2026");
        HttpResponse<String> wrong = expect(buyer.post("worldfirst/authorisations/code-checks", code(wrong(buyer.lastCode()))), 422);
        assertThat(read(wrong).path("error").asText()).isEqualTo("wrong-code");
        JsonNode activated = read(expect(buyer.post("worldfirst/authorisations/code-checks", code(buyer.lastCode())), 200));
        assertThat(activated.path("result").asText()).isEqualTo("worldpay-activated");
        assertThat(activated.path("alibaba1688Id").asText()).isEqualTo(first);
        assertThat(buyer.progress().path("steps").path("authorise-1688").asText()).isEqualTo("done");

        buyer.waitSeconds(61);
        expect(buyer.post("worldfirst/authorisations", authorisation(second).toString()), 201);
        expect(buyer.post("worldfirst/authorisations/code-checks", code(buyer.lastCode())), 200);
        JsonNode linked = read(expect(buyer.linked(), 200));
        assertThat(linked.path("result").asText()).isEqualTo("linked-1688-accounts");
        assertThat(linked.path("count").asLong()).isEqualTo(2);
        assertThat(linked.path("linked1688Ids").asText()).isEqualTo(first + "," + second);
    }

    @Test
    void a1688IdIsOneIdByItsMemberNameAndItsMemberIdAndLinksToOneWorldAccountOnly() {
        WorldFirstJourneys.Buyer buyer = BUYERS.withWorldAccount();
        WorldFirstJourneys.Buyer another = BUYERS.withWorldAccount();
        String name = "wfapi_" + NEXT_MEMBER.incrementAndGet();
        String memberId = BUYERS.seedMember(name, true);
        expect(buyer.post("worldfirst/authorisations", authorisation(name).toString()), 201);
        expect(buyer.post("worldfirst/authorisations/code-checks", code(buyer.lastCode())), 200);
        buyer.waitSeconds(61);
        assertRefused(buyer.post("worldfirst/authorisations", authorisation(memberId).toString()), "already-authorised");
        assertRefused(another.post("worldfirst/authorisations", authorisation(name.toUpperCase()).toString()),
                "linked-to-another-world-account");
    }

    @Test
    void a1688IdNotVerifiedThroughAlipayOrLinkedToAlipayInternationalIsRefused() {
        WorldFirstJourneys.Buyer buyer = BUYERS.withWorldAccount();
        String unverified = "wfapi_" + NEXT_MEMBER.incrementAndGet();
        BUYERS.seedMember(unverified, false);
        assertRefused(buyer.post("worldfirst/authorisations", authorisation(unverified).toString()), "member-not-verified-by-alipay");
        String international = "aliintl_" + NEXT_MEMBER.incrementAndGet();
        BUYERS.seedMember(international, true);
        assertRefused(buyer.post("worldfirst/authorisations", authorisation(international).toString()), "linked-to-alipay-international");
        BUYERS.control("/worldfirst/alipay-international-unlinks", "{\"alibaba1688Id\":\"" + international + "\"}");
        expect(buyer.post("worldfirst/authorisations", authorisation(international).toString()), 201);
    }

    @Test
    void theStepWaitsForTheWorldAccountAndACodeWaitsForAnAuthorisation() {
        WorldFirstJourneys.Buyer buyer = BUYERS.newBuyer();
        HttpResponse<String> notReady = expect(buyer.post("worldfirst/authorisations", authorisation(verifiedMember()).toString()), 409);
        assertThat(read(notReady).path("missingStep").asText()).isEqualTo("world-account");
        assertThat(read(expect(buyer.linked(), 409)).path("missingStep").asText()).isEqualTo("world-account");
        WorldFirstJourneys.Buyer opened = BUYERS.withWorldAccount();
        assertRefused(opened.post("worldfirst/authorisations/code-checks", code("123456")), "no-authorisation-waiting");
        assertRefused(opened.post("worldfirst/authorisations/resend", ""), "no-authorisation-waiting");
        assertThat(read(expect(opened.linked(), 200)).path("count").asLong()).isZero();
    }

    @Test
    void aResendWaitsForTheCountdownAndAnEmailNeedsOneOnTheWorldAccount() {
        WorldFirstJourneys.Buyer buyer = BUYERS.withWorldAccount();
        expect(buyer.post("worldfirst/authorisations", authorisation(verifiedMember()).toString()), 201);
        HttpResponse<String> tooEarly = expect(buyer.post("worldfirst/authorisations/resend", "{}"), 429);
        assertThat(read(tooEarly).path("retryAfterSeconds").asLong()).isPositive();
        assertThat(tooEarly.headers().firstValue("Retry-After")).isPresent();
        buyer.waitSeconds(61);
        HttpResponse<String> noEmail = expect(buyer.post("worldfirst/authorisations/resend", "{\"codeChannel\":\"EMAIL\"}"), 400);
        assertThat(read(noEmail).path("field").asText() + "/" + read(noEmail).path("rule").asText()).isEqualTo("codeChannel/email-registered");
        JsonNode resent = read(expect(buyer.post("worldfirst/authorisations/resend", ""), 201));
        assertThat(resent.path("result").asText()).isEqualTo("authorisation-code-sent");
        expect(buyer.post("worldfirst/authorisations/code-checks", code(buyer.lastCode())), 200);
    }

    @ParameterizedTest(name = "[{index}] {0} = {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "alibaba1688Id     | REMOVE | required",
        "alibaba1688Id     | LONG   | max-length-64",
        "nickname          | LONG   | max-length-30",
        "agreementAccepted | false  | accepted",
        "agreementAccepted | REMOVE | accepted",
        "agreementAccepted | maybe  | boolean",
        "codeChannel       | FAX    | one-of"})
    void anAuthorisationBreakingARuleIsRefusedNamingTheFieldAndTheRule(String field, String value, String rule) {
        WorldFirstJourneys.Buyer buyer = BUYERS.newBuyer();
        var body = authorisation("wfapi_rules");
        switch (value) {
            case "REMOVE" -> body.remove(field);
            case "LONG" -> body.put(field, "x".repeat(65));
            default -> body.put(field, value);
        }
        HttpResponse<String> refused = expect(buyer.post("worldfirst/authorisations", body.toString()), 400);
        assertThat(read(refused).path("field").asText() + "/" + read(refused).path("rule").asText()).isEqualTo(field + "/" + rule);
    }

    @Test
    void thePagesActivateShowTheFactsAndManageTheLinked1688Accounts() {
        WorldFirstJourneys.Buyer buyer = BUYERS.withWorldAccount();
        String member = verifiedMember();
        String page = RUNNING.app().baseUrl() + "/en/journeys/" + buyer.journeyId() + "/worldfirst/authorisations";
        HttpResponse<String> sent = JsonHttp.postPageForm(page, "alibaba1688Id=" + member + "&nickname=&codeChannel=MOBILE"
                + "&agreementAccepted=true");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(sent.body()).contains("data-outcome=\"authorisation-code-sent\"", "data-name=\"authorisationId\"",
                "data-form=\"worldfirst/authorisations/code-checks\"", "data-testid=\"code-destination\"");
        HttpResponse<String> activated = JsonHttp.postPageForm(page + "/code-checks", "code=" + buyer.lastCode());
        assertThat(activated.body()).contains("data-outcome=\"worldpay-activated\"",
                "You have successfully activated World Pay (跨境宝) service", "data-testid=\"next-step\"");
        HttpResponse<String> manage = JsonHttp.get(RUNNING.app().baseUrl() + "/zh-CN/worldfirst/linked-1688-accounts?journeyId="
                + buyer.journeyId());
        assertThat(manage.body()).contains("管理1688.com账户", "data-testid=\"linked-1688-account\"", "data-id=\"" + member + "\"")
                .doesNotContain("??");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"en", "ru", "tr", "zh-CN"})
    void theActivationIsSaidInTheBuyersLanguage(String language) {
        WorldFirstJourneys.Buyer buyer = BUYERS.withWorldAccount();
        String page = RUNNING.app().baseUrl() + "/" + language + "/journeys/" + buyer.journeyId() + "/worldfirst/authorisations";
        assertThat(JsonHttp.get(page + "/code-checks").body()).contains("data-form=\"worldfirst/authorisations\"",
                "data-testid=\"agreementAccepted\"", "data-form=\"worldfirst/authorisations/resend\"").doesNotContain("??");
        assertThat(JsonHttp.postPageForm(page, "alibaba1688Id=" + verifiedMember() + "&agreementAccepted=true").statusCode()).isEqualTo(201);
        HttpResponse<String> activated = JsonHttp.postPageForm(page + "/code-checks", "code=" + buyer.lastCode());
        assertThat(activated.body()).contains("跨境宝", "data-outcome=\"worldpay-activated\"");
    }

    @Test
    void anUnreachableWorldFirstIsAProviderOutageNamingWorldFirst() {
        WorldFirstJourneys.Buyer buyer = BUYERS.newBuyer();
        try (ReferenceApp down = ReferenceApp.start(ReferenceAppSettings.forSimulator(RUNNING.simulator().baseUrl())
                .withDatabase(RUNNING.jdbcUrl()).withWorldFirst(WorldFirstClientSettings.simulatorTestClient("http://127.0.0.1:9")))) {
            HttpResponse<String> answer = JsonHttp.postJson(down.baseUrl() + "/api/v1/journeys/" + buyer.journeyId()
                    + "/worldfirst/world-account/verification-codes", "{}");
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(read(answer).path("provider").asText()).isEqualTo("WorldFirst");
        }
    }

    private static String verifiedMember() {
        String name = "wfapi_" + NEXT_MEMBER.incrementAndGet();
        BUYERS.seedMember(name, true);
        return name;
    }

    private static HttpResponse<String> expect(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return answer;
    }

    private static void assertRefused(HttpResponse<String> answer, String outcome) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(read(answer).path("error").asText()).isEqualTo(outcome);
        assertThat(read(answer).path("message").asText()).isNotBlank();
    }

    private static String code(String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
