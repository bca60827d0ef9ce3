package com.buyerjourneykit.simulator.member1688;

/**
 * {@code account.user.register} (simulated, REG-01..04): checks the form, then sends the 校验码.
 * Nothing is registered until {@code account.user.register.confirm}.
 */
final class UserRegister extends CodeSendingApi {
    static final String NAME = "1688-user-register";

    UserRegister(Registrations registrations, RegistrationSms sms) {
        super(NAME, registrations, sms);
    }

    @Override
    CodeSent send(AopRequest request) {
        return registrations.open(RegistrationForm.read(request));
    }
}
