package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.buyerjourneykit.reference.providers.AopCall;
import com.buyerjourneykit.reference.providers.ProviderHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * 1688 member registration, sign-in and Alipay verification through the AOP gateway (simulated
 * APIs of {@code com.alibaba.fenxiao.crossborder}; 1688 publishes none for personal accounts).
 * Nothing is retried: these calls send SMS, count code attempts or use up slider tokens.
 */
public final class Member1688Client implements MemberAccounts {
    private static final Map<String, RegistrationOutcome.Result> REGISTRATION_REFUSALS = Map.of(
            "MEMBER_NAME_TAKEN", RegistrationOutcome.Result.MEMBER_NAME_TAKEN,
            "ENTERPRISE_LICENCE_REQUIRED", RegistrationOutcome.Result.ENTERPRISE_LICENCE_REQUIRED,
            "REGISTRATION_UNKNOWN", RegistrationOutcome.Result.REGISTRATION_UNKNOWN);
    private static final Map<String, MemberCodeCheck.Result> CODE_REFUSALS = Map.of(
            "SMS_CODE_INVALID", MemberCodeCheck.Result.WRONG_CODE,
            "SMS_CODE_EXPIRED", MemberCodeCheck.Result.EXPIRED,
            "SMS_CODE_LOCKED", MemberCodeCheck.Result.LOCKED,
            "SMS_CODE_USED", MemberCodeCheck.Result.USED,
            "MEMBER_NAME_TAKEN", MemberCodeCheck.Result.MEMBER_NAME_TAKEN,
            "REGISTRATION_UNKNOWN", MemberCodeCheck.Result.REGISTRATION_UNKNOWN);
    private static final Map<String, AlipayVerification.Result> VERIFICATION_REFUSALS = Map.of(
            "ALIPAY_ACCOUNT_NOT_VERIFIED", AlipayVerification.Result.ALIPAY_ACCOUNT_NOT_VERIFIED,
            "MEMBER_UNKNOWN", AlipayVerification.Result.MEMBER_UNKNOWN);
    private final AopCall gateway;

    public Member1688Client(String baseUrl, String appKey, String appSecret, ProviderHttp http) {
        this.gateway = new AopCall(baseUrl, new AopCall.AopApp(appKey, appSecret), http, Clock.systemUTC());
    }

    @Override
    public Optional<String> solveSlider(int offset) {
        JsonNode challenge = success("account.slider.challenge", gateway.call("account.slider.challenge", Map.of()));
        long trackWidth = challenge.path("trackWidth").asLong();
        long dragged = offset * trackWidth / MemberRegistration.SLIDER_TRACK;
        JsonNode answer = gateway.call("account.slider.verify",
                Map.of("challengeId", challenge.path("challengeId").asText(), "offset", String.valueOf(dragged)));
        if ("SLIDER_NOT_COMPLETE".equals(answer.path("code").asText())) {
            return Optional.empty();
        }
        return Optional.of(success("account.slider.verify", answer).path("sliderToken").asText());
    }

    @Override
    public RegistrationOutcome register(MemberRegistration registration, String sliderToken) {
        return codeSending("account.user.register", gateway.call("account.user.register",
                RegistrationParameters.of(registration, sliderToken)));
    }

    @Override
    public RegistrationOutcome resendCode(String registrationId) {
        return codeSending("account.user.register.sms.resend",
                gateway.call("account.user.register.sms.resend", Map.of("registrationId", registrationId)));
    }

    @Override
    public MemberCodeCheck confirm(String registrationId, String code) {
        JsonNode answer = gateway.call("account.user.register.confirm", Map.of("registrationId", registrationId, "code", code));
        if (AopCall.isSuccess(answer)) {
            return MemberCodeCheck.registered(answer.path("result").path("memberId").asText());
        }
        return MemberCodeCheck.refused(refusal("account.user.register.confirm", answer, CODE_REFUSALS),
                answer.path("remainingAttempts").asInt());
    }

    @Override
    public Optional<SignedInMember> signIn(MemberLogin login) {
        JsonNode answer = gateway.call("account.user.login", Map.of("memberName", login.memberName(), "password", login.password()));
        if ("LOGIN_FAILED".equals(answer.path("code").asText())) {
            return Optional.empty();
        }
        JsonNode member = success("account.user.login", answer);
        return Optional.of(new SignedInMember(member.path("memberId").asText(),
                "BOUND_VERIFIED".equals(member.path("alipayStatus").asText())));
    }

    @Override
    public AlipayVerification verifyWithAlipay(String memberId, MobileNumber alipayMobile) {
        Map<String, String> parameters = new HashMap<>(Map.of("memberId", memberId));
        parameters.put("alipayCountryCode", RegistrationParameters.countryCodeOf(alipayMobile));
        parameters.put("alipayMobile", RegistrationParameters.nationalNumberOf(alipayMobile));
        JsonNode answer = gateway.call("account.alipay.verify", parameters);
        if (AopCall.isSuccess(answer)) {
            return AlipayVerification.boundAndVerified(answer.path("result").path("status").asText());
        }
        return AlipayVerification.refused(refusal("account.alipay.verify", answer, VERIFICATION_REFUSALS));
    }

    private static RegistrationOutcome codeSending(String api, JsonNode answer) {
        if (AopCall.isSuccess(answer)) {
            JsonNode result = answer.path("result");
            return RegistrationOutcome.codeSent(result.path("registrationId").asText(),
                    result.path("resendInSeconds").asLong(), result.path("validForSeconds").asLong());
        }
        if ("SMS_SEND_TOO_FREQUENT".equals(answer.path("code").asText())) {
            return RegistrationOutcome.tooEarly(answer.path("retryAfterSeconds").asLong());
        }
        return RegistrationOutcome.refused(refusal(api, answer, REGISTRATION_REFUSALS));
    }

    private static JsonNode success(String api, JsonNode answer) {
        if (!AopCall.isSuccess(answer)) {
            throw unexpected(api, answer);
        }
        return answer.path("result");
    }

    private static <T> T refusal(String api, JsonNode answer, Map<String, T> known) {
        T result = known.get(answer.path("code").asText());
        if (result == null) {
            throw unexpected(api, answer);
        }
        return result;
    }

    private static ProviderUnavailable unexpected(String api, JsonNode answer) {
        return new ProviderUnavailable("1688", api + " answered " + answer.path("code").asText());
    }
}
