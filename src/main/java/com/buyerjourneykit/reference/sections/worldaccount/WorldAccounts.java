package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.journey.Journey;

/** WorldFirst as guide section 3 needs it: "Send code", then "Create account"; the buyer's mobile is the journey's. */
public interface WorldAccounts {

    WorldAccountOutcome sendCode(Journey buyer, CodeRequest code);

    WorldAccountOutcome register(Journey buyer, WorldAccountRegistration registration);
}
