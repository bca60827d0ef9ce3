package com.buyerjourneykit.simulator.member1688;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code account.user.register.sms.resend} (simulated): 重发 once the countdown is over; the new
 * code replaces the old one.
 */
final class RegisterSmsResend extends AopTransformer {
    static final String NAME = "1688-user-register-sms-resend";
    private final Registrations registrations;
    private final RegistrationSms sms;

    RegisterSmsResend(Registrations registrations, RegistrationSms sms) {
        super(NAME);
        this.registrations = registrations;
        this.sms = sms;
    }

    @Override
    ResponseDefinition answer(AopRequest request) {
        CodeSent sent = registrations.resend(request.identifier("registrationId"));
        sms.deliver(sent);
        return AopReply.success(sent.message(), sent.result());
    }
}
