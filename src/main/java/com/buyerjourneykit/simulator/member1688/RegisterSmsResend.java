package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorState;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code account.user.register.sms.resend} (simulated): 重发 once the countdown is over; the new
 * code replaces the old one.
 */
final class RegisterSmsResend extends AopTransformer {
    static final String NAME = "1688-user-register-sms-resend";
    private final SimulatorState state;

    RegisterSmsResend(SimulatorState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition answer(AopRequest request) {
        CodeSent sent = state.member1688().registrations().resend(request.identifier("registrationId"));
        RegistrationSms.deliver(state, sent);
        return AopReply.success(sent.message(), sent.result());
    }
}
