package com.buyerjourneykit.reference.sections.worldpayauth;

import com.buyerjourneykit.reference.journey.ProviderOutcome;
import com.buyerjourneykit.reference.web.OutcomeAnswers;
import com.buyerjourneykit.reference.web.StepAnswer;
import java.util.Map;

/** Turns WorldFirst's outcomes into answers, the same for REST and pages; a refusal's message names what to do. */
final class WorldPayAuthAnswers {
    private static final Map<String, Integer> SUCCESS = Map.of(WorldPayAuthorisation.CODE_SENT, 201,
            WorldPayAuthorisation.ACTIVATED, 200, WorldPayAuthorisation.LINKED, 200);
    private static final Map<String, String> REFUSALS = Map.ofEntries(
            Map.entry("member-not-verified-by-alipay", "the 1688 account is not verified through Alipay yet: 支付宝账户管理 must read"
                    + " 已绑定已认证 (AUTH-06)"),
            Map.entry("linked-to-alipay-international", "the 1688 account is linked to an Alipay International account;"
                    + " unlink it there first (AUTH-07)"),
            Map.entry("already-authorised", "this 1688 ID is already authorised under this World Account"),
            Map.entry("linked-to-another-world-account", "this 1688 ID is authorised under another World Account;"
                    + " a 1688 ID links to one World Account only (AUTH-05)"),
            Map.entry("resend-too-early", "a new code can be sent once the countdown ends"),
            Map.entry("wrong-code", "the code is wrong"),
            Map.entry("code-expired", "the code is valid for 10 minutes and has expired; resend it"),
            Map.entry("code-locked", "too many wrong entries locked the code; resend it"),
            Map.entry("code-used", "the code has already been used"),
            Map.entry("code-not-sent", "no code was sent for this authorisation; resend it"),
            Map.entry(WorldPayAuthorisation.NONE_WAITING, "no authorisation waits for a code: authorise a 1688 ID first"),
            Map.entry("world-account-unknown", "WorldFirst no longer knows this journey's World Account"));

    private WorldPayAuthAnswers() {
    }

    static StepAnswer of(ProviderOutcome outcome) {
        return OutcomeAnswers.of(outcome, SUCCESS.getOrDefault(outcome.id(), 200), REFUSALS);
    }
}
