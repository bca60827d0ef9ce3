package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.Member1688Buyer.CONFIRM;
import static com.buyerjourneykit.simulator.Member1688Buyer.RESEND;
import static com.buyerjourneykit.simulator.Member1688Buyer.e164;
import static com.buyerjourneykit.simulator.Member1688Buyer.newMobile;
import static com.buyerjourneykit.simulator.Member1688Buyer.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/** REG-01..04 on a real, running simulator: the 1688 registration from 同意并注册 to 提交, and every refusal. */
class Member1688RegistrationAcceptanceTest {
    private static SimulatorHttp http;
    private static Member1688Buyer buyer;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
        buyer = new Member1688Buyer(http);
    }

    @Test
    void aPersonalAccountIsRegisteredOnlyOnceTheCodeIsConfirmed() {
        String mobile = newMobile();
        JsonNode registered = buyer.register(buyer.form("maple_buyer", mobile)).body();
        assertThat(registered.path("success").asBoolean()).isTrue();
        assertThat(registered.path("message").asText()).isEqualTo("校验码已发送到你的手机，15分钟内输入有效，请勿泄漏");
        assertThat(registered.path("result").path("resendInSeconds").asInt()).isEqualTo(60);
        assertThat(registered.path("result").path("validForSeconds").asInt()).isEqualTo(900);
        assertThat(login("maple_buyer").path("code").asText()).isEqualTo("LOGIN_FAILED");

        JsonNode sms = buyer.lastSms(e164(mobile));
        assertThat(sms.path("provider").asText()).isEqualTo("1688");
        assertThat(sms.path("code").asText()).matches("\\d{6}");
        assertThat(sms.path("text").asText()).contains(sms.path("code").asText(), "15分钟内输入有效", "请勿泄漏");

        JsonNode confirmed = buyer.confirm(registered.path("result").path("registrationId").asText(), sms.path("code").asText()).body();
        assertThat(confirmed.path("result").path("memberId").asText()).matches("b2b-\\d{10}");
        assertThat(confirmed.path("result").path("memberName").asText()).isEqualTo("maple_buyer");
        assertThat(login("maple_buyer").path("result").path("memberId").asText())
                .isEqualTo(confirmed.path("result").path("memberId").asText());
    }

    @Test
    void anEnterpriseAccountWithAUnifiedSocialCreditCodeIsRegistered() {
        String mobile = newMobile();
        Map<String, String> form = buyer.form("lotus_trading", mobile);
        form.put("accountType", "enterprise");
        form.put("businessLicence", "91350100M000100Y43");
        String registrationId = buyer.register(form).body().path("result").path("registrationId").asText();
        assertThat(buyer.confirm(registrationId, buyer.lastCode(e164(mobile))).body().path("success").asBoolean()).isTrue();
    }

    @Test
    void anEnterpriseAccountWithoutLicenceIsRefusedAndTheSliderTokenIsKept() {
        Map<String, String> form = buyer.form("orchid_trading", newMobile());
        form.put("accountType", "enterprise");
        assertRefused(buyer.register(form), "ENTERPRISE_LICENCE_REQUIRED");
        form.put("businessLicence", "91350100M000100I43");
        assertRefused(buyer.register(form), "ENTERPRISE_LICENCE_REQUIRED");

        form.put("accountType", "personal");
        assertThat(buyer.register(form).body().path("success").asBoolean()).isTrue();
    }

    @Test
    void theMobileDefaultsToMainlandChinaLikeTheForm() {
        Map<String, String> form = buyer.form("default_plus86", "13912340001");
        form.remove("countryCode");
        assertThat(buyer.register(form).body().path("success").asBoolean()).isTrue();
        assertThat(buyer.lastCode("+8613912340001")).matches("\\d{6}");
    }

    @Test
    void aMemberNameIsTakenWhateverItsCase() {
        buyer.member("Cedar_Buyer", newMobile());
        assertRefused(buyer.register(buyer.form("cedar_BUYER", newMobile())), "MEMBER_NAME_TAKEN");
        assertRefused(buyer.register(buyer.form("taken_member", newMobile())), "MEMBER_NAME_TAKEN");
        assertRefused(buyer.register(buyer.form("Taken_Member", newMobile())), "MEMBER_NAME_TAKEN");
    }

    @Test
    void aNameTakenWhileTheCodeWasOnItsWayIsRefusedAtConfirmation() {
        String first = newMobile();
        String second = newMobile();
        String firstRegistration = buyer.registrationId("twin_name", first);
        String secondRegistration = buyer.registrationId("TWIN_NAME", second);
        assertThat(buyer.confirm(firstRegistration, buyer.lastCode(e164(first))).body().path("success").asBoolean()).isTrue();

        assertRefused(buyer.confirm(secondRegistration, buyer.lastCode(e164(second))), "MEMBER_NAME_TAKEN");
    }

    @Test
    void aWrongCodeCostsAnAttemptAndTheSixthEntryFindsItLocked() {
        String mobile = newMobile();
        String registrationId = buyer.registrationId("wrong_code_buyer", mobile);
        String code = buyer.lastCode(e164(mobile));
        for (int left = 4; left >= 0; left--) {
            JsonNode refused = assertRefused(buyer.confirm(registrationId, wrong(code)), "SMS_CODE_INVALID");
            assertThat(refused.path("remainingAttempts").asInt()).isEqualTo(left);
        }
        assertRefused(buyer.confirm(registrationId, code), "SMS_CODE_LOCKED");
    }

    @Test
    void aCodeIsValidForFifteenMinutesOnTheBuyersOwnClock() {
        String early = newMobile();
        String earlyRegistration = buyer.registrationId("in_time_buyer", early);
        buyer.advanceClockFor(e164(early), 899);
        assertThat(buyer.confirm(earlyRegistration, buyer.lastCode(e164(early))).body().path("success").asBoolean()).isTrue();

        String late = newMobile();
        String lateRegistration = buyer.registrationId("too_late_buyer", late);
        buyer.advanceClockFor(e164(late), 900);
        assertRefused(buyer.confirm(lateRegistration, buyer.lastCode(e164(late))), "SMS_CODE_EXPIRED");
    }

    @Test
    void aConfirmedCodeCannotBeUsedAgain() {
        String mobile = newMobile();
        String registrationId = buyer.registrationId("used_code_buyer", mobile);
        String code = buyer.lastCode(e164(mobile));
        buyer.confirm(registrationId, code);
        assertRefused(buyer.confirm(registrationId, code), "SMS_CODE_USED");
    }

    @Test
    void aResendWaitsForTheCountdownAndReplacesTheCode() {
        String mobile = newMobile();
        String registrationId = buyer.registrationId("resend_buyer", mobile);
        String first = buyer.lastCode(e164(mobile));
        assertThat(assertRefused(resend(registrationId), "SMS_SEND_TOO_FREQUENT").path("retryAfterSeconds").asInt()).isEqualTo(60);
        buyer.advanceClockFor(e164(mobile), 59);
        assertThat(assertRefused(resend(registrationId), "SMS_SEND_TOO_FREQUENT").path("retryAfterSeconds").asInt()).isEqualTo(1);

        buyer.advanceClockFor(e164(mobile), 1);
        JsonNode resent = resend(registrationId).body();
        assertThat(resent.path("result").path("registrationId").asText()).isEqualTo(registrationId);
        assertThat(resent.path("result").path("resendInSeconds").asInt()).isEqualTo(60);
        String second = buyer.lastCode(e164(mobile));
        assumeFalse(first.equals(second), "the two random codes happen to be equal (one run in a million)");
        assertRefused(buyer.confirm(registrationId, first), "SMS_CODE_INVALID");
        assertThat(buyer.confirm(registrationId, second).body().path("success").asBoolean()).isTrue();
    }

    @Test
    void registeringTheSameMobileAgainWaitsForTheCountdownThenReplacesTheFirstRegistration() {
        String mobile = newMobile();
        String first = buyer.registrationId("first_attempt", mobile);
        Map<String, String> again = buyer.form("second_attempt", mobile);
        assertThat(assertRefused(buyer.register(again), "SMS_SEND_TOO_FREQUENT").path("retryAfterSeconds").asInt()).isEqualTo(60);

        buyer.advanceClockFor(e164(mobile), 60);
        assertThat(buyer.register(again).body().path("success").asBoolean()).isTrue();
        assertRefused(buyer.confirm(first, buyer.lastCode(e164(mobile))), "REGISTRATION_UNKNOWN");
    }

    @Test
    void anUnknownRegistrationIsRefused() {
        assertRefused(buyer.confirm("reg-00000000-0000-0000-0000-000000000000", "123456"), "REGISTRATION_UNKNOWN");
        assertRefused(resend("reg-00000000-0000-0000-0000-000000000000"), "REGISTRATION_UNKNOWN");
    }

    @Test
    void aConfirmedRegistrationCannotBeResent() {
        String mobile = newMobile();
        String registrationId = buyer.registrationId("no_resend_after", mobile);
        buyer.confirm(registrationId, buyer.lastCode(e164(mobile)));
        buyer.advanceClockFor(e164(mobile), 60);
        assertRefused(resend(registrationId), "REGISTRATION_UNKNOWN");
    }

    @Test
    void theSliderGivesATokenOnlyWhenDraggedToTheEnd() {
        String challengeId = buyer.aop().call("account.slider.challenge").body().path("result").path("challengeId").asText();
        assertRefused(verifySlider(challengeId, "299"), "SLIDER_NOT_COMPLETE");
        assertRefused(verifySlider(challengeId, "-5"), "SLIDER_NOT_COMPLETE");

        assertThat(verifySlider(challengeId, "300").body().path("result").path("sliderToken").asText()).isNotBlank();
        assertRefused(verifySlider(challengeId, "300"), "SLIDER_CHALLENGE_UNKNOWN");
        assertRefused(verifySlider("slider-no-such-challenge", "300"), "SLIDER_CHALLENGE_UNKNOWN");
    }

    @Test
    void aSliderTokenIsUsedOnce() {
        Map<String, String> form = buyer.form("token_once", newMobile());
        buyer.register(form);
        form.put("memberName", "token_twice");
        form.put("mobile", newMobile());
        assertInvalid(buyer.register(form), "sliderToken", "slider-token");
    }

    @Test
    void aSliderTokenIsValidForFiveMinutesOfSharedTime() {
        String token = buyer.sliderToken();
        http.post("/__admin/sim/clock/advance", "{\"seconds\":299}", "application/json");
        Map<String, String> inTime = buyer.form("slider_in_time", newMobile());
        inTime.put("sliderToken", token);
        assertThat(buyer.register(inTime).body().path("success").asBoolean()).isTrue();

        String late = buyer.sliderToken();
        http.post("/__admin/sim/clock/advance", "{\"seconds\":300}", "application/json");
        Map<String, String> tooLate = buyer.form("slider_too_late", newMobile());
        tooLate.put("sliderToken", late);
        assertInvalid(buyer.register(tooLate), "sliderToken", "slider-token");
    }

    @Test
    void registrationWithoutAValidSliderTokenIsRefused() {
        Map<String, String> form = buyer.form("no_slider_buyer", newMobile());
        form.remove("sliderToken");
        assertInvalid(buyer.register(form), "sliderToken", "slider-token");
        form.put("sliderToken", "slider-token-made-up");
        assertInvalid(buyer.register(form), "sliderToken", "slider-token");
    }

    @Test
    void aRefusedRegistrationChangesNothing() {
        String mobile = newMobile();
        Map<String, String> form = buyer.form("unchanged_buyer", mobile);
        form.put("agreeAlipay", "false");
        assertInvalid(buyer.register(form), "agreeAlipay", "must-be-true");
        assertThat(http.get("/__admin/sim/sms-inbox/" + e164(mobile)).body().path("messages")).isEmpty();

        form.put("agreeAlipay", "true");
        assertThat(buyer.register(form).body().path("success").asBoolean()).isTrue();
    }

    @Test
    void codesOfTheWrongShapeAndUnknownIdsOfAbsurdLengthAreBadInput() {
        String registrationId = buyer.registrationId("shape_buyer", newMobile());
        assertInvalid(buyer.confirm(registrationId, "12345"), "code", "six-digits");
        assertInvalid(buyer.confirm(registrationId, "1234567"), "code", "six-digits");
        assertInvalid(buyer.confirm(registrationId, "12a456"), "code", "six-digits");
        assertInvalid(buyer.aop().call(CONFIRM, "registrationId", registrationId), "code", "required");
        assertInvalid(buyer.confirm("r".repeat(65), "123456"), "registrationId", "max-length-64");
        assertInvalid(resend(""), "registrationId", "required");
        assertInvalid(verifySlider("c".repeat(65), "300"), "challengeId", "max-length-64");
    }

    @Test
    void theSliderOffsetIsAWholeNumber() {
        String challengeId = buyer.aop().call("account.slider.challenge").body().path("result").path("challengeId").asText();
        assertInvalid(verifySlider(challengeId, "abc"), "offset", "integer");
        assertInvalid(verifySlider(challengeId, "300.0"), "offset", "integer");
        assertInvalid(verifySlider(challengeId, "99999999999"), "offset", "integer");
        assertInvalid(buyer.aop().call("account.slider.verify", "challengeId", challengeId), "offset", "required");
    }

    private static SimulatorHttp.Reply resend(String registrationId) {
        return buyer.aop().call(RESEND, "registrationId", registrationId);
    }

    private static SimulatorHttp.Reply verifySlider(String challengeId, String offset) {
        return buyer.aop().call("account.slider.verify", "challengeId", challengeId, "offset", offset);
    }

    private static JsonNode login(String memberName) {
        return buyer.aop().call("account.user.login", "memberName", memberName, "password", Member1688Buyer.PASSWORD).body();
    }

    static JsonNode assertRefused(SimulatorHttp.Reply reply, String code) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("success").asBoolean()).isFalse();
        assertThat(reply.body().path("code").asText()).isEqualTo(code);
        assertThat(reply.body().path("message").asText()).isNotBlank();
        return reply.body();
    }

    static void assertInvalid(SimulatorHttp.Reply reply, String field, String rule) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("code").asText()).isEqualTo("PARAM_ILLEGAL");
        assertThat(reply.body().path("field").asText()).isEqualTo(field);
        assertThat(reply.body().path("rule").asText()).isEqualTo(rule);
    }
}
