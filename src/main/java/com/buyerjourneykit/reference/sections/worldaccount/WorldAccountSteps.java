package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.JourneyStep;
import java.util.List;

/** Guide section 3's one step; it waits for nothing, so a buyer may open the World Account first. */
public final class WorldAccountSteps {
    public static final JourneyStep WORLD_ACCOUNT = JourneyStep.of("world-account", GuideStep.WORLD_ACCOUNT,
            "worldfirst/world-account");
    public static final List<JourneyStep> ALL = List.of(WORLD_ACCOUNT);

    private WorldAccountSteps() {
    }
}
