package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.JourneyStep;
import java.util.List;

/**
 * Guide section 3's step: opening the World Account. It waits for nothing (a buyer may open it
 * before the 1688 account). Its journey reference is the World Account's id ({@code wfa-…}),
 * which the later WorldFirst sections read with {@code journey.referenceOf(WORLD_ACCOUNT)}.
 */
public final class WorldAccountSteps {
    public static final JourneyStep WORLD_ACCOUNT = JourneyStep.of("world-account", GuideStep.WORLD_ACCOUNT,
            "worldfirst/world-account");
    public static final List<JourneyStep> ALL = List.of(WORLD_ACCOUNT);

    private WorldAccountSteps() {
    }
}
