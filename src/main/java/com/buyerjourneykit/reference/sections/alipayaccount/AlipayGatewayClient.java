package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.buyerjourneykit.reference.providers.GatewayCall;
import com.buyerjourneykit.reference.providers.ProviderHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Alipay's personal registration through the gateway ({@code POST <base>/gateway.do},
 * {@code method=...&biz_content=...}). No call is retried: the code calls send an SMS or count
 * an attempt, and the account steps are answered by a person's data that a retry cannot improve.
 */
public final class AlipayGatewayClient implements AlipayAccounts {
    static final String SEND_CODE = "alipay.user.personal.register.sms.send";
    static final String VERIFY_CODE = "alipay.user.personal.register.sms.verify";
    static final String VERIFY_IDENTITY = "alipay.user.personal.identity.verify";
    static final String REGISTER_ADDRESS = "alipay.user.personal.address.register";
    static final String COMPLETE_PROFILE = "alipay.user.personal.profile.complete";
    /** Alipay's {@code missing_step} names, as the journey's steps. */
    private static final Map<String, JourneyStep> STEPS = Map.of(
            "sms-code", AlipayAccountSteps.SMS_CODE,
            "identity", AlipayAccountSteps.IDENTITY,
            "address", AlipayAccountSteps.ADDRESS);
    private static final Map<String, CodeCheck.Result> REFUSALS = Map.of(
            "isv.SMS_CODE_INVALID", CodeCheck.Result.WRONG_CODE,
            "isv.SMS_CODE_EXPIRED", CodeCheck.Result.EXPIRED,
            "isv.SMS_CODE_LOCKED", CodeCheck.Result.LOCKED,
            "isv.SMS_CODE_USED", CodeCheck.Result.USED,
            "isv.SMS_CODE_NOT_REQUESTED", CodeCheck.Result.NOT_REQUESTED);
    private final GatewayCall gateway;

    public AlipayGatewayClient(String baseUrl, ProviderHttp http) {
        this.gateway = new GatewayCall(baseUrl + "/gateway.do", http);
    }

    @Override
    public CodeRequest sendRegistrationCode(MobileNumber mobile) {
        JsonNode answer = gateway.call(SEND_CODE, phoneContent(mobile));
        if (GatewayCall.isSuccess(answer)) {
            return CodeRequest.sent(answer.path("resend_in_seconds").asLong(), answer.path("valid_for_seconds").asLong());
        }
        if (!"isv.SMS_SEND_TOO_FREQUENT".equals(answer.path("sub_code").asText())) {
            throw new ProviderUnavailable("Alipay", "unexpected answer " + answer.path("sub_code").asText());
        }
        return CodeRequest.tooEarly(answer.path("retry_after_seconds").asLong());
    }

    @Override
    public CodeCheck checkRegistrationCode(MobileNumber mobile, String code) {
        Map<String, String> content = phoneContent(mobile);
        content.put("code", code);
        JsonNode answer = gateway.call(VERIFY_CODE, content);
        if (GatewayCall.isSuccess(answer)) {
            return CodeCheck.of(CodeCheck.Result.ACCEPTED);
        }
        String subCode = answer.path("sub_code").asText();
        CodeCheck.Result result = REFUSALS.get(subCode);
        if (result == null) {
            throw new ProviderUnavailable("Alipay", "unexpected answer " + subCode);
        }
        return new CodeCheck(result, answer.path("remaining_attempts").asInt());
    }

    @Override
    public AccountStep verifyIdentity(MobileNumber mobile, IdentityDocument document) {
        return accountStep(VERIFY_IDENTITY, mobile, PersonalAccountContent.identity(document),
                PersonalAccountContent.IDENTITY_FIELDS);
    }

    @Override
    public AccountStep registerAddress(MobileNumber mobile, HomeAddress address) {
        return accountStep(REGISTER_ADDRESS, mobile, PersonalAccountContent.address(address), PersonalAccountContent.ADDRESS_FIELDS);
    }

    @Override
    public AccountStep completePersonalDetails(MobileNumber mobile, PersonalDetails details) {
        return accountStep(COMPLETE_PROFILE, mobile, PersonalAccountContent.details(details), PersonalAccountContent.DETAILS_FIELDS);
    }

    private AccountStep accountStep(String method, MobileNumber mobile, Map<String, String> content, Map<String, String> buyerFields) {
        content.putAll(phoneContent(mobile));
        JsonNode answer = gateway.call(method, content, buyerFields);
        if (GatewayCall.isSuccess(answer)) {
            return AccountStep.done(alipayUserId(answer));
        }
        String subCode = answer.path("sub_code").asText();
        if ("isv.IDENTITY_VERIFICATION_FAILED".equals(subCode)) {
            return AccountStep.identityNotVerified();
        }
        JourneyStep missing = STEPS.get(answer.path("missing_step").asText());
        if (!"isv.ACCOUNT_STEP_OUT_OF_ORDER".equals(subCode) || missing == null) {
            throw new ProviderUnavailable("Alipay", "unexpected answer " + subCode);
        }
        return AccountStep.outOfOrder(missing);
    }

    private static String alipayUserId(JsonNode answer) {
        String id = answer.path("alipay_user_id").asText();
        if (id.isBlank()) {
            throw new ProviderUnavailable("Alipay", "a finished account step without alipay_user_id");
        }
        return id;
    }

    private static Map<String, String> phoneContent(MobileNumber mobile) {
        String e164 = mobile.e164();
        int split = GatewayCall.callingCodeLength(e164);
        return new HashMap<>(Map.of("country_code", e164.substring(0, split), "mobile", e164.substring(split)));
    }
}
