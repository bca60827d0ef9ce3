package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.simulator.sms.CodeIssue;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code alipay.user.personal.register.sms.send} (simulated: personal registration has no public
 * API): sends the 6-digit code of "Enter code for account verification" to the buyer's mobile.
 */
final class PersonalSmsSend extends GatewayTransformer {
    static final String NAME = "alipay-personal-sms-send";

    PersonalSmsSend(AlipayState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition answer(GatewayRequest request) {
        MobileNumber mobile = mobileOf(request);
        CodeIssue issue = state.registrationCodes().issue(mobile.e164());
        if (!issue.sent()) {
            return GatewayReply.businessFailure(request.method(), "isv.SMS_SEND_TOO_FREQUENT",
                    "A new code can be sent in " + issue.resendInSeconds() + " s",
                    fields -> fields.put("retry_after_seconds", issue.resendInSeconds()));
        }
        deliver(mobile, issue);
        return GatewayReply.success(request.method(), fields -> fields
                .put("masked_mobile", mobile.masked())
                .put("resend_in_seconds", issue.resendInSeconds())
                .put("valid_for_seconds", issue.validForSeconds()));
    }

    private void deliver(MobileNumber mobile, CodeIssue issue) {
        String text = "[Alipay] Your verification code is " + issue.code() + ". It is valid for "
                + issue.validForSeconds() / 60 + " minutes. Do not share it with anyone.";
        state.sms().send(mobile.e164(), "alipay", text, issue.code());
    }
}
