package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.MemberAccountDriver;
import com.buyerjourneykit.drivers.MemberLoginInput;
import com.buyerjourneykit.drivers.RegistrationInput;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Guide section 2 through the reference REST API ({@code /api/v1/journeys/{id}/1688/…}); absent fields are left out. */
final class ApiMemberAccountDriver implements MemberAccountDriver {
    private final StepCalls calls;

    ApiMemberAccountDriver(StepCalls calls) {
        this.calls = calls;
    }

    @Override
    public Answer register(String journeyId, RegistrationInput registration) {
        ObjectNode body = StepCalls.body();
        text(body, "accountType", registration.accountType());
        text(body, "memberName", registration.memberName());
        text(body, "password", registration.password());
        text(body, "confirmPassword", registration.confirmPassword());
        text(body, "countryCode", registration.countryCode());
        text(body, "mobile", registration.mobile());
        if (registration.sliderOffset() != null) {
            body.put("sliderOffset", registration.sliderOffset());
        }
        flag(body, "agreeTerms", registration.agreeTerms());
        flag(body, "agreePrivacy", registration.agreePrivacy());
        flag(body, "agreeAlipay", registration.agreeAlipay());
        text(body, "businessLicence", registration.businessLicence());
        return calls.post(ApiChannel.journeyPath(journeyId, "1688/registration"), body);
    }

    @Override
    public Answer resendCode(String journeyId) {
        return calls.post(ApiChannel.journeyPath(journeyId, "1688/registration/resend"), StepCalls.body());
    }

    @Override
    public Answer enterCode(String journeyId, String code) {
        return calls.post(ApiChannel.journeyPath(journeyId, "1688/registration/code-checks"), StepCalls.body().put("code", code));
    }

    @Override
    public Answer verifyWithAlipay(String journeyId) {
        return calls.post(ApiChannel.journeyPath(journeyId, "1688/alipay-verification"), StepCalls.body());
    }

    @Override
    public Answer signInWithExistingAccount(String journeyId, MemberLoginInput login) {
        return calls.post(ApiChannel.journeyPath(journeyId, "1688/existing-account"),
                StepCalls.body().put("memberName", login.memberName()).put("password", login.password()));
    }

    private static void text(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private static void flag(ObjectNode body, String field, Boolean value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
