package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.journey.ProviderOutcome;
import com.buyerjourneykit.reference.web.OutcomeAnswers;
import com.buyerjourneykit.reference.web.StepAnswer;
import java.util.Map;

/** Turns WorldFirst's outcomes into answers, the same for REST and pages; a refusal's message names what to do. */
final class WorldAccountAnswers {
    private static final Map<String, String> REFUSALS = Map.of(
            "resend-too-early", "a new code can be sent once the countdown ends",
            "wrong-code", "the code is wrong",
            "code-expired", "the code is valid for 10 minutes and has expired; send a new one",
            "code-locked", "too many wrong entries locked the code; send a new one",
            "code-used", "the code has already been used",
            "code-not-sent", "no code was sent to this mobile or e-mail yet; send one first",
            "world-account-exists", "a World Account with this mobile or e-mail already exists");

    private WorldAccountAnswers() {
    }

    static StepAnswer of(ProviderOutcome outcome) {
        return OutcomeAnswers.of(outcome, 201, REFUSALS);
    }
}
