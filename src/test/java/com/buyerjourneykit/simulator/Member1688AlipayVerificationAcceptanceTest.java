package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.Member1688Buyer.PASSWORD;
import static com.buyerjourneykit.simulator.Member1688Buyer.newMobile;
import static com.buyerjourneykit.simulator.Member1688RegistrationAcceptanceTest.assertInvalid;
import static com.buyerjourneykit.simulator.Member1688RegistrationAcceptanceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Login, and VER-01/02 (支付宝账户管理 → 现在去认证 → 已绑定已认证), on a real, running simulator, plus the 1688 control endpoints. */
class Member1688AlipayVerificationAcceptanceTest {
    private static final String VERIFY = "account.alipay.verify";
    private static final String STATUS = "account.alipay.status";
    private static final String LOGIN = "account.user.login";
    private static SimulatorHttp http;
    private static Member1688Buyer buyer;
    private static Aop1688Client aop;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
        buyer = new Member1688Buyer(http);
        aop = buyer.aop();
    }

    @Test
    void aNewMemberIsUnboundUntilItsAlipayAccountIsCompleteThenBoundAndVerified() {
        String memberId = buyer.member("willow_buyer", newMobile());
        assertStatus(aop.call(STATUS, "memberId", memberId), "未绑定", "UNBOUND");

        String alipayMobile = newMobile();
        assertRefused(verify(memberId, alipayMobile), "ALIPAY_ACCOUNT_NOT_VERIFIED");
        assertStatus(aop.call(STATUS, "memberId", memberId), "未绑定", "UNBOUND");

        completeAlipayAccount(alipayMobile);
        assertStatus(verify(memberId, alipayMobile), "已绑定已认证", "BOUND_VERIFIED");
        assertStatus(aop.call(STATUS, "memberId", memberId), "已绑定已认证", "BOUND_VERIFIED");
        assertThat(login("willow_buyer", PASSWORD).path("result").path("alipayStatus").asText()).isEqualTo("BOUND_VERIFIED");
    }

    @Test
    void verifyingAgainIsHarmless() {
        String memberId = buyer.member("again_buyer", newMobile());
        String alipayMobile = newMobile();
        completeAlipayAccount(alipayMobile);
        verify(memberId, alipayMobile);
        assertStatus(verify(memberId, alipayMobile), "已绑定已认证", "BOUND_VERIFIED");
    }

    @Test
    void anUnknownMemberIsRefused() {
        String alipayMobile = newMobile();
        completeAlipayAccount(alipayMobile);
        assertRefused(verify("b2b-0000000000", alipayMobile), "MEMBER_UNKNOWN");
        assertRefused(aop.call(STATUS, "memberId", "b2b-0000000000"), "MEMBER_UNKNOWN");
    }

    @Test
    void verificationNamesTheAlipayFieldsWhenTheyAreBad() {
        String memberId = buyer.member("bad_alipay_input", newMobile());
        assertInvalid(aop.call(VERIFY, "memberId", memberId, "alipayMobile", "124700001"), "alipayCountryCode", "required");
        assertInvalid(aop.call(VERIFY, "memberId", memberId, "alipayCountryCode", "+60", "alipayMobile", "2025550123"),
                "alipayMobile", "mobile-number-for-country");
        assertInvalid(aop.call(VERIFY, "alipayCountryCode", "+60", "alipayMobile", "124700001"), "memberId", "required");
        assertInvalid(aop.call(STATUS, "memberId", "b2b-" + "9".repeat(61)), "memberId", "max-length-64");
    }

    @Test
    void loginAcceptsTheMemberNameInAnyCaseAndRefusesEverythingElseAlike() {
        String memberId = buyer.member("Login_Buyer", newMobile());
        assertThat(login("login_buyer", PASSWORD).path("result").path("memberId").asText()).isEqualTo(memberId);
        assertThat(login("Login_Buyer", PASSWORD).path("result").path("alipayStatus").asText()).isEqualTo("UNBOUND");

        assertRefused(aop.call(LOGIN, "memberName", "Login_Buyer", "password", "Wrong-2026"), "LOGIN_FAILED");
        assertRefused(aop.call(LOGIN, "memberName", "nobody_here", "password", PASSWORD), "LOGIN_FAILED");
    }

    @Test
    void loginRefusesValuesNoMemberCouldHave() {
        assertInvalid(aop.call(LOGIN, "memberName", "abcd", "password", PASSWORD), "memberName", "length-5-25");
        assertInvalid(aop.call(LOGIN, "memberName", "login_shape", "password", "p".repeat(21)), "password", "length-6-20");
        assertInvalid(aop.call(LOGIN, "memberName", "login_shape"), "password", "required");
    }

    @Test
    void aSeededVerifiedMemberCanLogInAndIsBoundAndVerified() {
        JsonNode seeded = seed("{\"memberName\":\"已认证买家01\",\"password\":\"Seed-2026\",\"countryCode\":\"+60\","
                + "\"mobile\":\"" + newMobile() + "\",\"verified\":true}");
        String memberId = seeded.path("memberId").asText();
        assertThat(memberId).matches("b2b-\\d{10}");
        assertStatus(aop.call(STATUS, "memberId", memberId), "已绑定已认证", "BOUND_VERIFIED");
        assertThat(login("已认证买家01", "Seed-2026").path("result").path("memberId").asText()).isEqualTo(memberId);
    }

    @Test
    void aSeededMemberIsUnboundUnlessSaidOtherwiseAndTakesItsName() {
        String memberId = seed("{\"memberName\":\"seeded_plain\",\"password\":\"Seed-2026\",\"countryCode\":\"+60\","
                + "\"mobile\":\"" + newMobile() + "\"}").path("memberId").asText();
        assertStatus(aop.call(STATUS, "memberId", memberId), "未绑定", "UNBOUND");
        assertRefused(buyer.register(buyer.form("SEEDED_PLAIN", newMobile())), "MEMBER_NAME_TAKEN");
    }

    @ParameterizedTest(name = "{0} → {1}/{2}")
    @CsvSource(delimiter = '|', value = {
        "{\"password\":\"Seed-2026\",\"mobile\":\"124700001\"}                                  | memberName  | required",
        "{\"memberName\":12345,\"password\":\"Seed-2026\",\"mobile\":\"124700001\"}             | memberName  | string",
        "{\"memberName\":\"abcd\",\"password\":\"Seed-2026\",\"mobile\":\"124700001\"}          | memberName  | length-5-25",
        "{\"memberName\":\"taken_member\",\"password\":\"Seed-2026\",\"countryCode\":\"+60\",\"mobile\":\"124700001\"} | memberName | unique",
        "{\"memberName\":\"seed_shape\",\"password\":\"abcdef\",\"mobile\":\"124700001\"}       | password    | two-character-classes",
        "{\"memberName\":\"seed_shape\",\"password\":\"Seed-2026\",\"countryCode\":\"+60\",\"mobile\":\"2025550123\"} | mobile | mobile-number-for-country",
        "{\"memberName\":\"seed_shape\",\"password\":\"Seed-2026\",\"countryCode\":\"+60\",\"mobile\":\"124700001\",\"verified\":\"yes\"} | verified | boolean",
        "not json                                                                                | body        | json-object"})
    void seedingRefusesBadInputNamingTheFieldAndTheRule(String body, String field, String rule) {
        SimulatorHttp.Reply reply = http.post("/__admin/sim/1688/members", body, "application/json");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo(field);
        assertThat(reply.body().path("rule").asText()).isEqualTo(rule);
    }

    @Test
    void completingAnAlipayAccountNeedsAnE164Number() {
        SimulatorHttp.Reply reply = http.post("/__admin/sim/alipay/completed-accounts", "{\"phone\":\"0124700001\"}", "application/json");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("rule").asText()).isEqualTo("e164");
        assertThat(http.post("/__admin/sim/alipay/completed-accounts", "{}", "application/json").body().path("rule").asText())
                .isEqualTo("required");
    }

    @Test
    void resetForgetsMembersAndCompletedAlipayAccounts() {
        String alipayMobile = newMobile();
        completeAlipayAccount(alipayMobile);
        String memberId = buyer.member("reset_buyer", newMobile());

        assertThat(http.post("/__admin/sim/reset", "", "application/json").status()).isEqualTo(204);
        assertRefused(aop.call(STATUS, "memberId", memberId), "MEMBER_UNKNOWN");
        String after = buyer.member("reset_buyer", newMobile());
        assertRefused(verify(after, alipayMobile), "ALIPAY_ACCOUNT_NOT_VERIFIED");
    }

    private static SimulatorHttp.Reply verify(String memberId, String alipayMobile) {
        return aop.call(VERIFY, "memberId", memberId, "alipayCountryCode", "+60", "alipayMobile", alipayMobile);
    }

    private static void completeAlipayAccount(String mobile) {
        String body = "{\"phone\":\"" + Member1688Buyer.e164(mobile) + "\"}";
        assertThat(http.post("/__admin/sim/alipay/completed-accounts", body, "application/json").status()).isEqualTo(200);
    }

    private static JsonNode login(String memberName, String password) {
        return aop.call(LOGIN, "memberName", memberName, "password", password).body();
    }

    private static JsonNode seed(String body) {
        SimulatorHttp.Reply reply = http.post("/__admin/sim/1688/members", body, "application/json");
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    private static void assertStatus(SimulatorHttp.Reply reply, String status, String statusCode) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("success").asBoolean()).isTrue();
        assertThat(reply.body().path("result").path("status").asText()).isEqualTo(status);
        assertThat(reply.body().path("result").path("statusCode").asText()).isEqualTo(statusCode);
    }
}
