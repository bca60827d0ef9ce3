package com.buyerjourneykit.reference.providers;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.reference.journey.AlipayAccounts;
import com.buyerjourneykit.reference.journey.CodeCheck;
import com.buyerjourneykit.reference.journey.CodeRequest;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Alipay's personal registration through the gateway ({@code POST <base>/gateway.do},
 * {@code method=...&biz_content=...}). Neither call is retried: one sends an SMS, the other
 * counts an attempt, so a retry could change what the buyer sees.
 */
public final class AlipayGatewayClient implements AlipayAccounts {
    static final String SEND_CODE = "alipay.user.personal.register.sms.send";
    static final String VERIFY_CODE = "alipay.user.personal.register.sms.verify";
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

    private static Map<String, String> phoneContent(MobileNumber mobile) {
        String e164 = mobile.e164();
        int split = GatewayCall.callingCodeLength(e164);
        return new HashMap<>(Map.of("country_code", e164.substring(0, split), "mobile", e164.substring(split)));
    }
}
