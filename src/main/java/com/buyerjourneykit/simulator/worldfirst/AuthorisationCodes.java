package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.sms.CodeIssue;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The authorisation code to the World Account's registered mobile, or its e-mail after "Change Method". */
final class AuthorisationCodes {
    private final VerificationCodes codes;

    AuthorisationCodes(VerificationCodes codes) {
        this.codes = codes;
    }

    ObjectNode send(WorldAccount account, Authorisation authorisation) {
        String destination = destination(account, authorisation.channel());
        CodeIssue issue = codes.send(destination, "authorise 1688 ID " + authorisation.alibaba1688Id() + " for World Pay");
        String masked = authorisation.channel() == CodeChannel.EMAIL ? Masks.email(destination) : account.mobile().masked();
        return CodeAnswers.sent(authorisation.channel(), masked, issue)
                .put("authorisationId", authorisation.authorisationId())
                .put("alibaba1688Id", authorisation.alibaba1688Id());
    }

    void requireAccepted(WorldAccount account, Authorisation authorisation, String code) {
        codes.requireAccepted(destination(account, authorisation.channel()), code);
    }

    /** Refuses the e-mail channel for an account that registered no e-mail. */
    static void requireReachable(WorldAccount account, CodeChannel channel) {
        if (channel == CodeChannel.EMAIL && account.email() == null) {
            throw new InvalidField("codeChannel", "email-registered", "this World Account has no e-mail; the code goes by SMS");
        }
    }

    private static String destination(WorldAccount account, CodeChannel channel) {
        return channel == CodeChannel.EMAIL ? account.email() : account.mobile().e164();
    }
}
