package com.buyerjourneykit.simulator.member1688;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** An API that answers with a 校验码 just sent (register, resend): the SMS leaves before the answer does. */
abstract class CodeSendingApi extends AopTransformer {
    final Registrations registrations;
    private final RegistrationSms sms;

    CodeSendingApi(String name, Registrations registrations, RegistrationSms sms) {
        super(name);
        this.registrations = registrations;
        this.sms = sms;
    }

    @Override
    protected final ResponseDefinition answer(AopRequest request) {
        CodeSent sent = send(request);
        sms.deliver(sent);
        return AopReply.success(sent.message(), sent.result());
    }

    /** Issues the code, or refuses before anything is sent. */
    abstract CodeSent send(AopRequest request);
}
