package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.sms.CodeIssue;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What an API that just sent a code answers: where it went (masked), the countdown, the validity. */
final class CodeAnswers {
    private CodeAnswers() {
    }

    static ObjectNode sent(CodeChannel channel, String maskedDestination, CodeIssue issue) {
        return WorldFirstReply.success("a 6-digit code was sent to " + maskedDestination)
                .put("codeChannel", channel.name())
                .put("maskedDestination", maskedDestination)
                .put("resendInSeconds", issue.resendInSeconds())
                .put("validForSeconds", issue.validForSeconds());
    }
}
