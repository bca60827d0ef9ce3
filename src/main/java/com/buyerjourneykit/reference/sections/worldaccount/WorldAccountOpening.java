package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.ProviderOutcome;

/**
 * Guide section 3, "Register for a World account" (WFA-01, WFA-02): "Send code" to the journey's
 * mobile (or an e-mail), then the form with the code creates the World Account. A journey opens
 * one: once it is open, both are closed, and its id is kept with the journey's step.
 */
public final class WorldAccountOpening {
    private final WorldAccounts worldFirst;
    private final Journeys journeys;

    public WorldAccountOpening(WorldAccounts worldFirst, Journeys journeys) {
        this.worldFirst = worldFirst;
        this.journeys = journeys;
    }

    public ProviderOutcome sendCode(String journeyId, String codeChannel, String email) {
        CodeRequest code = WorldAccountInputs.codeRequest(codeChannel, email);
        return worldFirst.sendCode(unopened(journeyId), code);
    }

    public ProviderOutcome open(String journeyId, WorldAccountForm form) {
        WorldAccountRegistration registration = WorldAccountInputs.registration(form);
        Journey journey = unopened(journeyId);
        ProviderOutcome outcome = worldFirst.register(journey, registration);
        if (outcome.accepted()) {
            journeys.finish(journey, WorldAccountSteps.WORLD_ACCOUNT, outcome.fact("worldAccountId"));
        }
        return outcome;
    }

    private Journey unopened(String journeyId) {
        return journeys.requireUnfinished(journeys.readyFor(journeyId, WorldAccountSteps.WORLD_ACCOUNT),
                WorldAccountSteps.WORLD_ACCOUNT);
    }
}
