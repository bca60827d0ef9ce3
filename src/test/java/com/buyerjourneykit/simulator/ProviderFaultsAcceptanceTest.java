package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults on demand: a named operation of a provider fails for one buyer for the next N calls, in
 * one of five ways, and takes no effect when it does (no SMS, nothing stored), so the retry works.
 * The app's short client timeout is played by a client that gives up after 300 ms.
 */
class ProviderFaultsAcceptanceTest {
    private static final String SEND = "alipay.user.personal.register.sms.send";
    private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(300);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SimulatorHttp http;
    private static SimulatorHttp impatient;
    private static int nextMobile;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
        impatient = http.within(CLIENT_TIMEOUT);
    }

    /** Only a held answer needs the impatient client: a quick fault seen through it could pass for a hold on a busy machine. */
    private static SimulatorHttp clientFor(String kind) {
        return "no-answer".equals(kind) ? impatient : http;
    }

    @AfterEach
    void clearFaults() {
        assertThat(http.delete("/__admin/sim/faults").status()).isEqualTo(204);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no-answer", "connection-reset", "http-500", "http-503", "malformed-body"})
    void anAlipayCodeRequestFailsOnceForThatBuyerAndSendsNothing(String kind) {
        String mobile = mobile("12350");
        arm("alipay", SEND, "phone", "+60" + mobile, kind, 1);

        assertThat(outcome(() -> clientFor(kind).gateway(SEND, alipayBuyer(mobile)))).isEqualTo(kind);
        assertThat(inbox("+60" + mobile)).isEmpty();

        JsonNode retry = http.gateway(SEND, alipayBuyer(mobile)).body().path("alipay_user_personal_register_sms_send_response");
        assertThat(retry.path("code").asText()).isEqualTo("10000");
        assertThat(inbox("+60" + mobile)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no-answer", "connection-reset", "http-500", "http-503", "malformed-body"})
    void a1688RegistrationFailsOnceForThatBuyerAndRegistersNothing(String kind) {
        Member1688Buyer buyer = new Member1688Buyer(http);
        String mobile = mobile("12480");
        arm("1688", Member1688Buyer.REGISTER, "phone", "+60" + mobile, kind, 1);
        Map<String, String> form = buyer.form("fault" + mobile, mobile);

        assertThat(outcome(() -> new Member1688Buyer(clientFor(kind)).register(form))).isEqualTo(kind);
        assertThat(inbox("+60" + mobile)).isEmpty();

        SimulatorHttp.Reply retry = buyer.register(form);
        assertThat(retry.body().path("success").asBoolean()).as(retry.text()).isTrue();
        assertThat(inbox("+60" + mobile)).hasSize(1);
    }

    @Test
    void otherBuyersAndOtherOperationsAreUnaffected() {
        String mobile = mobile("12350");
        String other = mobile("12350");
        arm("alipay", SEND, "phone", "+60" + mobile, "http-503", 1);

        assertThat(outcome(() -> http.gateway(SEND, alipayBuyer(other)))).isEqualTo("ok");
        String verify = "{\"country_code\":\"+60\",\"mobile\":\"" + mobile + "\",\"code\":\"123456\"}";
        assertThat(outcome(() -> http.gateway("alipay.user.personal.register.sms.verify", verify))).isEqualTo("ok");
        assertThat(outcome(() -> http.gateway(SEND, alipayBuyer(mobile)))).isEqualTo("http-503");
    }

    @Test
    void aFaultForTheNextThreeCallsFailsThreeTimesThenIsGone() {
        String mobile = mobile("12350");
        arm("alipay", SEND, "phone", "+60" + mobile, "http-500", 3);
        for (int call = 0; call < 3; call++) {
            assertThat(outcome(() -> http.gateway(SEND, alipayBuyer(mobile)))).isEqualTo("http-500");
        }
        assertThat(outcome(() -> http.gateway(SEND, alipayBuyer(mobile)))).isEqualTo("ok");
        assertThat(http.get("/__admin/sim/faults").body().path("faults")).isEmpty();
    }

    @Test
    void aMemberKeyedOperationFailsForThatMemberByNameOrId() {
        String memberId = seedMember("faultmember1", "13800138001");
        arm("1688", "account.user.login", "member", "FaultMember1", "http-503", 1);
        arm("1688", "account.alipay.status", "member", memberId, "connection-reset", 1);
        Aop1688Client aop = new Aop1688Client(http);

        assertThat(outcome(() -> aop.call("account.user.login", "memberName", "faultmember1", "password", "Secret-2026")))
                .isEqualTo("http-503");
        assertThat(aop.call("account.user.login", "memberName", "faultmember1", "password", "Secret-2026")
                .body().path("result").path("memberId").asText()).isEqualTo(memberId);
        assertThat(outcome(() -> aop.call("account.alipay.status", "memberId", memberId))).isEqualTo("connection-reset");
        assertThat(aop.call("account.alipay.status", "memberId", memberId).body().path("success").asBoolean()).isTrue();
    }

    @Test
    void aFaultByPhoneAlsoReachesTheOperationsThatNameTheBuyerOtherwise() {
        Member1688Buyer buyer = new Member1688Buyer(http);
        String mobile = mobile("12480");
        String registrationId = buyer.registrationId("faultconfirm" + mobile.substring(6), mobile);
        String code = buyer.lastCode("+60" + mobile);
        arm("1688", Member1688Buyer.CONFIRM, "phone", "+60" + mobile, "malformed-body", 1);

        assertThat(outcome(() -> buyer.confirm(registrationId, code))).isEqualTo("malformed-body");
        assertThat(buyer.confirm(registrationId, code).body().path("result").path("memberId").asText()).startsWith("b2b-");
    }

    @Test
    void listsClearsAndResetsFaults() {
        SimulatorHttp.Reply armed = http.post("/__admin/sim/faults", "{\"provider\":\"alipay\",\"operation\":\"" + SEND
                + "\",\"phone\":\"+60123509999\",\"kind\":\"no-answer\",\"times\":2}", "application/json");
        assertThat(armed.status()).as(armed.text()).isEqualTo(201);
        JsonNode listed = http.get("/__admin/sim/faults").body().path("faults");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("provider").asText()).isEqualTo("alipay");
        assertThat(listed.get(0).path("operation").asText()).isEqualTo(SEND);
        assertThat(listed.get(0).path("phone").asText()).isEqualTo("+60123509999");
        assertThat(listed.get(0).path("kind").asText()).isEqualTo("no-answer");
        assertThat(listed.get(0).path("remaining").asInt()).isEqualTo(2);
        assertThat(listed.get(0).path("delayMillis").asInt()).isEqualTo(5000);

        assertThat(http.post("/__admin/sim/reset", "", "application/json").status()).isEqualTo(204);
        assertThat(http.get("/__admin/sim/faults").body().path("faults")).isEmpty();
    }

    @Test
    void refusesAFaultItCouldNeverFire() {
        assertRefused("{\"provider\":\"paypal\",\"operation\":\"x\",\"phone\":\"+60123509998\",\"kind\":\"http-500\"}",
                "provider", "one-of");
        assertRefused("{\"provider\":\"alipay\",\"operation\":\"alipay.no.such\",\"phone\":\"+60123509998\",\"kind\":\"http-500\"}",
                "operation", "one-of");
        assertRefused("{\"provider\":\"alipay\",\"operation\":\"" + SEND + "\",\"phone\":\"+60123509998\",\"kind\":\"fire\"}",
                "kind", "one-of");
        assertRefused("{\"provider\":\"alipay\",\"operation\":\"" + SEND + "\",\"phone\":\"abc\",\"kind\":\"http-500\"}",
                "phone", "e164");
        assertRefused("{\"provider\":\"alipay\",\"operation\":\"" + SEND + "\",\"kind\":\"http-500\"}",
                "phone", "phone-or-member");
        assertRefused("{\"provider\":\"alipay\",\"operation\":\"" + SEND + "\",\"phone\":\"+60123509998\",\"kind\":\"http-500\",\"times\":0}",
                "times", "whole-number-1-100");
        assertRefused("{\"provider\":\"alipay\",\"operation\":\"" + SEND + "\",\"phone\":\"+60123509998\",\"kind\":\"no-answer\",\"delayMillis\":-1}",
                "delayMillis", "whole-number-1-600000");
        assertThat(http.get("/__admin/sim/faults").body().path("faults")).isEmpty();
    }

    private static void assertRefused(String fault, String field, String rule) {
        SimulatorHttp.Reply reply = http.post("/__admin/sim/faults", fault, "application/json");
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo(field);
        assertThat(reply.body().path("rule").asText()).isEqualTo(rule);
    }

    private static void arm(String provider, String operation, String keyField, String key, String kind, int times) {
        String fault = "{\"provider\":\"" + provider + "\",\"operation\":\"" + operation + "\",\"" + keyField + "\":\""
                + key + "\",\"kind\":\"" + kind + "\",\"times\":" + times + ",\"delayMillis\":2000}";
        SimulatorHttp.Reply armed = http.post("/__admin/sim/faults", fault, "application/json");
        assertThat(armed.status()).as(armed.text()).isEqualTo(201);
        assertThat(armed.body().path("kind").asText()).isEqualTo(kind);
    }

    /** What the caller saw: "ok", the HTTP status as "http-5xx", "no-answer", "connection-reset" or "malformed-body". */
    private static String outcome(Supplier<SimulatorHttp.Reply> call) {
        try {
            SimulatorHttp.Reply reply = call.get();
            if (reply.status() >= 500) {
                return "http-" + reply.status();
            }
            return isJson(reply.text()) ? "ok" : "malformed-body";
        } catch (IllegalStateException failed) {
            if (failed.getCause() instanceof HttpTimeoutException) {
                return "no-answer";
            }
            return failed.getCause() instanceof IOException ? "connection-reset" : "unexpected " + failed;
        }
    }

    private static boolean isJson(String text) {
        try {
            JSON.readTree(text);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String seedMember(String name, String mobile) {
        return http.post("/__admin/sim/1688/members", "{\"memberName\":\"" + name + "\",\"password\":\"Secret-2026\","
                + "\"mobile\":\"" + mobile + "\"}", "application/json").body().path("memberId").asText();
    }

    private static JsonNode inbox(String phone) {
        return http.get("/__admin/sim/sms-inbox/" + phone).body().path("messages");
    }

    private static String alipayBuyer(String mobile) {
        return "{\"country_code\":\"+60\",\"mobile\":\"" + mobile + "\"}";
    }

    /** A Malaysian mobile (national part) with this prefix that no other test of the class uses. */
    private static String mobile(String prefix) {
        nextMobile++;
        return prefix + String.format("%04d", nextMobile);
    }
}
