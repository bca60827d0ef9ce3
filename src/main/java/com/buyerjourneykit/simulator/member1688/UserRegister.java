package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorState;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code account.user.register} (simulated, REG-01..04): checks the form, then sends the 校验码.
 * Nothing is registered until {@code account.user.register.confirm}.
 */
final class UserRegister extends AopTransformer {
    static final String NAME = "1688-user-register";
    private final SimulatorState state;

    UserRegister(SimulatorState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition answer(AopRequest request) {
        CodeSent sent = state.member1688().registrations().open(RegistrationForm.read(request));
        RegistrationSms.deliver(state, sent);
        return AopReply.success(sent.message(), sent.result());
    }
}
