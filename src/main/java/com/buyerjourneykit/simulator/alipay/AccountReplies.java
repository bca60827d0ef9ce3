package com.buyerjourneykit.simulator.alipay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** What every personal-account method answers: where the account now stands, or which step comes first. */
final class AccountReplies {
    private AccountReplies() {
    }

    static ResponseDefinition of(String method, AccountAdvance advance) {
        if (advance.refused()) {
            return GatewayReply.businessFailure(method, "isv.ACCOUNT_STEP_OUT_OF_ORDER",
                    "Complete the " + advance.missingStep() + " step first",
                    fields -> fields.put("missing_step", advance.missingStep()));
        }
        return GatewayReply.success(method, fields -> describe(fields, advance.account()));
    }

    /** An account that does not exist yet has no user id to show. */
    static void describe(ObjectNode fields, PersonalAccount account) {
        fields.put("account_status", account.status().name());
        if (account.status() != AccountStatus.NONE) {
            fields.put("alipay_user_id", account.alipayUserId());
        }
    }
}
