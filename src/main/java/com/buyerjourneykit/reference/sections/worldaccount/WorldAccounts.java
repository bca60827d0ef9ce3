package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.ProviderOutcome;

/** WorldFirst as guide section 3 needs it: "Send code", then "Create account"; the buyer's mobile is the journey's. */
public interface WorldAccounts {

    ProviderOutcome sendCode(Journey buyer, CodeRequest code);

    ProviderOutcome register(Journey buyer, WorldAccountRegistration registration);
}
