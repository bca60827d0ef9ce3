package com.buyerjourneykit.simulator.member1688;

/**
 * {@code account.user.register.sms.resend} (simulated): 重发 once the countdown is over; the new
 * code replaces the old one.
 */
final class RegisterSmsResend extends CodeSendingApi {
    static final String NAME = "1688-user-register-sms-resend";

    RegisterSmsResend(Registrations registrations, RegistrationSms sms) {
        super(NAME, registrations, sms);
    }

    @Override
    CodeSent send(AopRequest request) {
        return registrations.resend(request.identifier("registrationId"));
    }
}
