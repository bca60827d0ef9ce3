package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.WorldFirstBuyer.e164;
import static com.buyerjourneykit.simulator.WorldFirstBuyer.newMobile;
import static com.buyerjourneykit.simulator.WorldFirstBuyer.wrong;
import static com.buyerjourneykit.simulator.WorldFirstGatewayAcceptanceTest.assertFailed;
import static com.buyerjourneykit.simulator.WorldFirstGatewayAcceptanceTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** AUTH-01…07: authorising 1688 IDs for World Pay on a real simulator, the code step and every refusal. */
class WorldFirstAuthorisationAcceptanceTest {
    private static final ExecutorService RACERS = Executors.newFixedThreadPool(2);
    private static SimulatorHttp http;
    private static WorldFirstBuyer buyer;
    private static WorldFirstClient client;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
        client = new WorldFirstClient(SIMULATOR.baseUrl());
        buyer = new WorldFirstBuyer(http, client);
    }

    @AfterAll
    static void stop() {
        RACERS.shutdownNow();
    }

    @Test
    void aVerified1688IdIsAuthorisedWithTheCodeSentToTheMaskedMobile() {
        String mobile = newMobile();
        String account = buyer.openWorldAccount(mobile);
        String memberName = buyer.member1688("wf_golden_01", true);

        WorldFirstClient.Answer started = buyer.startAuthorisation(account, memberName);
        assertThat(started.code()).isEqualTo("SUCCESS");
        assertThat(started.body().path("maskedDestination").asText()).isEqualTo("+60 ••• ••• " + mobile.substring(6));
        assertThat(started.body().path("alibaba1688Id").asText()).isEqualTo(memberName);
        assertThat(started.body().path("resendInSeconds").asInt()).isEqualTo(60);
        assertThat(started.body().toString()).doesNotContain("Seed-2026").doesNotContain("+601248");

        WorldFirstClient.Answer confirmed = buyer.confirm(started.body().path("authorisationId").asText(),
                buyer.lastCode(e164(mobile)));
        assertThat(confirmed.code()).isEqualTo("SUCCESS");
        assertThat(confirmed.body().path("status").asText()).isEqualTo("ACTIVATED");
        assertThat(confirmed.body().path("result").path("resultMessage").asText())
                .isEqualTo("You have successfully activated World Pay (跨境宝) service");
        assertThat(linked(account)).containsExactly(memberName);
    }

    @Test
    void oneWorldAccountLinksSeveral1688Ids() {
        String mobile = newMobile();
        String account = buyer.seededWorldAccount(mobile, null);
        assertThat(buyer.authorise(account, mobile, buyer.member1688("wf_many_01", true)).code()).isEqualTo("SUCCESS");
        advanceFor(mobile, 60);
        assertThat(buyer.authorise(account, mobile, buyer.member1688("wf_many_02", true)).code()).isEqualTo("SUCCESS");
        assertThat(linked(account)).containsExactlyInAnyOrder("wf_many_01", "wf_many_02");
    }

    @Test
    void a1688IdLinksToOneWorldAccountOnly() {
        String first = newMobile();
        String second = newMobile();
        String firstAccount = buyer.seededWorldAccount(first, null);
        String secondAccount = buyer.seededWorldAccount(second, null);
        buyer.authorise(firstAccount, first, buyer.member1688("wf_only_one", true));

        assertFailed(buyer.startAuthorisation(secondAccount, "WF_ONLY_ONE"), "LINKED_TO_ANOTHER_WORLD_ACCOUNT");
        advanceFor(first, 60);
        assertFailed(buyer.startAuthorisation(firstAccount, "wf_only_one"), "ALREADY_AUTHORISED");
        assertThat(buyer.messageCount(e164(second))).as("no code sent").isZero();
    }

    /** A member's b2b id and its member name are one 1688 ID: linked by one, it cannot be linked again by the other. */
    @Test
    void a1688MemberIsOne1688IdByItsMemberIdAndByItsName() {
        String first = newMobile();
        String second = newMobile();
        String firstAccount = buyer.seededWorldAccount(first, null);
        String secondAccount = buyer.seededWorldAccount(second, null);
        String memberId = http.post("/__admin/sim/1688/members", "{\"memberName\":\"wf_two_names\",\"password\":\"Seed-2026\","
                + "\"countryCode\":\"+60\",\"mobile\":\"" + newMobile() + "\",\"verified\":true}", "application/json")
                .body().path("memberId").asText();
        buyer.authorise(firstAccount, first, "wf_two_names");

        assertFailed(buyer.startAuthorisation(secondAccount, memberId), "LINKED_TO_ANOTHER_WORLD_ACCOUNT");
        advanceFor(first, 60);
        assertFailed(buyer.startAuthorisation(firstAccount, memberId), "ALREADY_AUTHORISED");
    }

    @Test
    void twoWorldAccountsRacingForOne1688IdEndWithExactlyOneLink() throws Exception {
        for (int round = 0; round < 5; round++) {
            String memberName = buyer.member1688("wf_race_0" + round, true);
            String[] mobiles = {newMobile(), newMobile()};
            List<Callable<WorldFirstClient.Answer>> confirms = new ArrayList<>();
            CountDownLatch ready = new CountDownLatch(2);
            for (String mobile : mobiles) {
                String account = buyer.seededWorldAccount(mobile, null);
                String authorisationId = buyer.startAuthorisation(account, memberName).body().path("authorisationId").asText();
                String code = buyer.lastCode(e164(mobile));
                confirms.add(() -> {
                    ready.countDown();
                    ready.await();
                    return buyer.confirm(authorisationId, code);
                });
            }
            List<String> codes = new ArrayList<>();
            for (Future<WorldFirstClient.Answer> answer : RACERS.invokeAll(confirms)) {
                codes.add(answer.get().code());
            }
            assertThat(codes).containsExactlyInAnyOrder("SUCCESS", "LINKED_TO_ANOTHER_WORLD_ACCOUNT");
        }
    }

    @Test
    void a1688IdNotYetVerifiedThroughAlipayIsRefused() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        assertFailed(buyer.startAuthorisation(account, buyer.member1688("wf_unverified", false)), "MEMBER_NOT_VERIFIED_BY_ALIPAY");
        assertFailed(buyer.startAuthorisation(account, "nobody_on_1688"), "MEMBER_NOT_VERIFIED_BY_ALIPAY");
    }

    @Test
    void a1688IdLinkedToAlipayInternationalIsRefusedUntilUnlinkedThere() {
        String mobile = newMobile();
        String account = buyer.seededWorldAccount(mobile, null);
        String memberName = buyer.member1688("wf_intl_seeded", true);
        SimulatorHttp.Reply seeded = http.post("/__admin/sim/worldfirst/alipay-international-links",
                "{\"alibaba1688Id\":\"" + memberName + "\"}", "application/json");
        assertThat(seeded.body().path("linkedToAlipayInternational").asBoolean()).isTrue();
        assertFailed(buyer.startAuthorisation(account, memberName), "LINKED_TO_ALIPAY_INTERNATIONAL");

        SimulatorHttp.Reply unlinked = http.post("/__admin/sim/worldfirst/alipay-international-unlinks",
                "{\"alibaba1688Id\":\"" + memberName + "\"}", "application/json");
        assertThat(unlinked.body().path("linkedToAlipayInternational").asBoolean()).isFalse();
        assertThat(buyer.authorise(account, mobile, memberName).code()).isEqualTo("SUCCESS");
    }

    @Test
    void aMagic1688IdStartsLinkedToAlipayInternational() {
        String mobile = newMobile();
        String account = buyer.seededWorldAccount(mobile, null);
        String memberName = buyer.member1688("aliintl_buyer01", true);
        assertFailed(buyer.startAuthorisation(account, memberName), "LINKED_TO_ALIPAY_INTERNATIONAL");
        http.post("/__admin/sim/worldfirst/alipay-international-unlinks", "{\"alibaba1688Id\":\"" + memberName + "\"}",
                "application/json");
        assertThat(buyer.authorise(account, mobile, memberName).code()).isEqualTo("SUCCESS");
    }

    @Test
    void aWrongCodeCountsDownAndFiveLockTheCode() {
        String mobile = newMobile();
        String account = buyer.seededWorldAccount(mobile, null);
        String authorisationId = buyer.startAuthorisation(account, buyer.member1688("wf_locked_01", true))
                .body().path("authorisationId").asText();
        String code = buyer.lastCode(e164(mobile));
        for (int left = 4; left >= 0; left--) {
            WorldFirstClient.Answer wrongAnswer = buyer.confirm(authorisationId, wrong(code));
            assertFailed(wrongAnswer, "VERIFICATION_CODE_INVALID");
            assertThat(wrongAnswer.body().path("result").path("remainingAttempts").asInt()).isEqualTo(left);
        }
        assertFailed(buyer.confirm(authorisationId, code), "VERIFICATION_CODE_LOCKED");
        assertThat(linked(account)).isEmpty();
    }

    @Test
    void anExpiredCodeIsRefusedAndAResendAfterTheCountdownWorks() {
        String mobile = newMobile();
        String account = buyer.seededWorldAccount(mobile, null);
        String authorisationId = buyer.startAuthorisation(account, buyer.member1688("wf_expired_01", true))
                .body().path("authorisationId").asText();
        assertFailed(resend(authorisationId, null), "CODE_SEND_TOO_FREQUENT");
        String code = buyer.lastCode(e164(mobile));
        advanceFor(mobile, 600);
        assertFailed(buyer.confirm(authorisationId, code), "VERIFICATION_CODE_EXPIRED");

        assertThat(resend(authorisationId, null).code()).isEqualTo("SUCCESS");
        assertThat(buyer.confirm(authorisationId, buyer.lastCode(e164(mobile))).code()).isEqualTo("SUCCESS");
        assertFailed(buyer.confirm(authorisationId, code), "AUTHORISATION_NOT_EXIST");
    }

    @Test
    void changeMethodSendsTheCodeToTheRegisteredEmail() {
        String mobile = newMobile();
        String email = "wf" + mobile + "@example.com";
        String account = buyer.seededWorldAccount(mobile, email);
        String authorisationId = buyer.startAuthorisation(account, buyer.member1688("wf_email_01", true))
                .body().path("authorisationId").asText();
        advanceFor(mobile, 60);
        WorldFirstClient.Answer changed = resend(authorisationId, "EMAIL");
        assertThat(changed.body().path("maskedDestination").asText()).isEqualTo("w•••@example.com");
        assertFailed(buyer.confirm(authorisationId, wrong(buyer.lastCode(email))), "VERIFICATION_CODE_INVALID");
        assertThat(buyer.confirm(authorisationId, buyer.lastCode(email)).code()).isEqualTo("SUCCESS");
    }

    @Test
    void withoutARegisteredEmailTheCodeGoesBySmsOnly() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        WorldFirstClient.Answer answer = client.call("worldPay/authorise", "{\"worldAccountId\":\"" + account
                + "\",\"alibaba1688Id\":\"" + buyer.member1688("wf_noemail_1", true) + "\",\"agreementAccepted\":true,"
                + "\"codeChannel\":\"EMAIL\"}");
        assertInvalid(answer, "codeChannel", "email-registered");
    }

    @Test
    void onAMobileThatNeverReceivesTheCodeIsSentButNeverArrives() {
        String mobile = "190000019";
        String account = buyer.seededWorldAccount(mobile, null);
        WorldFirstClient.Answer started = buyer.startAuthorisation(account, buyer.member1688("wf_nosms_01", true));
        assertThat(started.code()).isEqualTo("SUCCESS");
        assertThat(buyer.messageCount(e164(mobile))).isZero();
    }

    @Test
    void theAgreementAndTheFieldsAreChecked() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        String member = buyer.member1688("wf_fields_01", true);
        assertInvalid(client.call("worldPay/authorise", "{\"worldAccountId\":\"" + account + "\",\"alibaba1688Id\":\""
                + member + "\"}"), "agreementAccepted", "must-be-true");
        assertInvalid(client.call("worldPay/authorise", "{\"worldAccountId\":\"" + account + "\",\"alibaba1688Id\":\""
                + "x".repeat(65) + "\",\"agreementAccepted\":true}"), "alibaba1688Id", "max-length-64");
        assertInvalid(client.call("worldPay/authorise", "{\"worldAccountId\":\"" + account + "\",\"agreementAccepted\":true}"),
                "alibaba1688Id", "required");
        assertFailed(buyer.startAuthorisation("wfa-0000000000000", member), "USER_NOT_EXIST");
        assertFailed(buyer.confirm("auth-unknown", "123456"), "AUTHORISATION_NOT_EXIST");
    }

    @Test
    void resetForgetsLinksAndAccounts() {
        String mobile = newMobile();
        String account = buyer.seededWorldAccount(mobile, null);
        buyer.authorise(account, mobile, buyer.member1688("wf_reset_01", true));
        assertThat(http.post("/__admin/sim/reset", "", "application/json").status()).isEqualTo(204);
        assertFailed(client.call("worldPay/inquiryLinked1688Accounts", "{\"worldAccountId\":\"" + account + "\"}"),
                "USER_NOT_EXIST");
    }

    private static WorldFirstClient.Answer resend(String authorisationId, String channel) {
        String channelField = channel == null ? "" : ",\"codeChannel\":\"" + channel + "\"";
        return client.call("worldPay/authorise/resendCode", "{\"authorisationId\":\"" + authorisationId + "\"" + channelField + "}");
    }

    private static List<String> linked(String account) {
        JsonNode links = client.call("worldPay/inquiryLinked1688Accounts", "{\"worldAccountId\":\"" + account + "\"}")
                .body().path("linked1688Accounts");
        List<String> ids = new ArrayList<>();
        links.forEach(link -> ids.add(link.path("alibaba1688Id").asText()));
        return ids;
    }

    private static void advanceFor(String mobile, int seconds) {
        http.post("/__admin/sim/clock/advance", "{\"seconds\":" + seconds + ",\"phone\":\"" + e164(mobile) + "\"}",
                "application/json");
    }
}
