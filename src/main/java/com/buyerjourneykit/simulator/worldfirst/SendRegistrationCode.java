package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.sms.CodeIssue;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code worldAccount/sendVerificationCode} (simulated, WFA-02 "Send code"): a 6-digit code to the
 * mobile, or to the e-mail with {@code codeChannel: EMAIL}.
 */
final class SendRegistrationCode extends WorldFirstApi {
    static final String NAME = "worldfirst-send-registration-code";
    private final VerificationCodes codes;

    SendRegistrationCode(Gateway gateway, VerificationCodes codes) {
        super(NAME, gateway);
        this.codes = codes;
    }

    @Override
    ObjectNode answer(WorldFirstRequest request) {
        RegistrationContact contact = RegistrationContact.read(request);
        CodeIssue issue = codes.send(contact.codeDestination(), "open your World Account");
        return CodeAnswers.sent(contact.channel(), contact.maskedDestination(), issue);
    }
}
