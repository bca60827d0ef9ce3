package com.buyerjourneykit.simulator.member1688;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code account.user.register} (simulated, REG-01..04): checks the form, then sends the 校验码.
 * Nothing is registered until {@code account.user.register.confirm}.
 */
final class UserRegister extends AopTransformer {
    static final String NAME = "1688-user-register";
    private final Registrations registrations;
    private final RegistrationSms sms;

    UserRegister(Registrations registrations, RegistrationSms sms) {
        super(NAME);
        this.registrations = registrations;
        this.sms = sms;
    }

    @Override
    ResponseDefinition answer(AopRequest request) {
        CodeSent sent = registrations.open(RegistrationForm.read(request));
        sms.deliver(sent);
        return AopReply.success(sent.message(), sent.result());
    }
}
