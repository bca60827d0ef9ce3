package com.buyerjourneykit.reference.sections.worldpayauth;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.sections.worldaccount.WorldAccountSteps;
import java.util.List;

/**
 * Guide section 4A's step: done when the first 1688 ID is activated for World Pay (跨境宝). It
 * waits for the World Account; more 1688 IDs can be authorised after it is done (AUTH-04).
 */
public final class WorldPayAuthSteps {
    public static final JourneyStep WORLDPAY_AUTHORISATION = JourneyStep.of("worldpay-authorisation",
            GuideStep.AUTHORISE_1688, "worldfirst/authorisations/code-checks", WorldAccountSteps.WORLD_ACCOUNT);
    public static final List<JourneyStep> ALL = List.of(WORLDPAY_AUTHORISATION);

    private WorldPayAuthSteps() {
    }
}
