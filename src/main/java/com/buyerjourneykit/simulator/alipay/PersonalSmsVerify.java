package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.simulator.sms.CodeVerdict;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * {@code alipay.user.personal.register.sms.verify} (simulated): checks the code the buyer entered;
 * the right code opens the personal account ({@code CODE_VERIFIED}) or leaves a further one as it is.
 */
final class PersonalSmsVerify extends GatewayTransformer {
    static final String NAME = "alipay-personal-sms-verify";
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    PersonalSmsVerify(AlipayState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition answer(GatewayRequest request) {
        MobileNumber mobile = mobileOf(request);
        String code = request.text("code");
        if (!SIX_DIGITS.matcher(code).matches()) {
            throw GatewayParameterException.invalid(request.method(), "code", "six-digits",
                    "code must be exactly 6 digits");
        }
        CodeVerdict verdict = state.registrationCodes().check(mobile.e164(), code);
        if (verdict.outcome() == CodeVerdict.Outcome.ACCEPTED) {
            AccountAdvance opened = state.accounts()
                    .advance(mobile.e164(), AccountStatus.CODE_VERIFIED, UnaryOperator.identity());
            return GatewayReply.success(request.method(),
                    fields -> AccountReplies.describe(fields.put("verified", true), opened.account()));
        }
        return refusal(request.method(), verdict);
    }

    private static ResponseDefinition refusal(String method, CodeVerdict verdict) {
        switch (verdict.outcome()) {
            case WRONG:
                return GatewayReply.businessFailure(method, "isv.SMS_CODE_INVALID",
                        "The code is wrong; " + verdict.remainingAttempts() + " attempts left",
                        fields -> fields.put("remaining_attempts", verdict.remainingAttempts()));
            case EXPIRED:
                return failure(method, "isv.SMS_CODE_EXPIRED", "The code has expired; request a new one");
            case LOCKED:
                return failure(method, "isv.SMS_CODE_LOCKED", "Too many wrong entries; request a new code");
            case USED:
                return failure(method, "isv.SMS_CODE_USED", "The code has already been used");
            default:
                return failure(method, "isv.SMS_CODE_NOT_REQUESTED", "No code was sent to this mobile number");
        }
    }

    private static ResponseDefinition failure(String method, String subCode, String message) {
        return GatewayReply.businessFailure(method, subCode, message, fields -> { });
    }
}
