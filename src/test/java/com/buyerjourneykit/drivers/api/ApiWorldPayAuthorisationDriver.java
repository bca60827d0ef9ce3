package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.AuthorisationInput;
import com.buyerjourneykit.drivers.WorldPayAuthorisationDriver;

/** Guide section 4A through the reference REST API ({@code …/worldfirst/authorisations…}, {@code /api/v1/worldfirst/linked-1688-accounts}). */
final class ApiWorldPayAuthorisationDriver implements WorldPayAuthorisationDriver {
    private static final String AUTHORISATIONS = "worldfirst/authorisations";
    private final StepCalls calls;

    ApiWorldPayAuthorisationDriver(StepCalls calls) {
        this.calls = calls;
    }

    @Override
    public Answer authorise(String journeyId, AuthorisationInput authorisation) {
        return calls.post(ApiChannel.journeyPath(journeyId, AUTHORISATIONS), StepCalls.body(authorisation));
    }

    @Override
    public Answer resendCode(String journeyId) {
        return calls.post(ApiChannel.journeyPath(journeyId, AUTHORISATIONS + "/resend"), StepCalls.body());
    }

    @Override
    public Answer confirm(String journeyId, String code) {
        return calls.post(ApiChannel.journeyPath(journeyId, AUTHORISATIONS + "/code-checks"), StepCalls.body().put("code", code));
    }

    @Override
    public Answer linked1688Accounts(String journeyId) {
        return calls.get(ApiChannel.viewPath("worldfirst/linked-1688-accounts", journeyId));
    }
}
