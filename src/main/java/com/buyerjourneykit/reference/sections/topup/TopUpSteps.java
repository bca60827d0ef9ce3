package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.StepNotReady;
import com.buyerjourneykit.reference.sections.worldaccount.WorldAccountSteps;
import java.util.List;

/**
 * Guide section 4B's steps: a receiving account, then CNH. Both wait for section 3's World
 * Account: that step's reference is the World Account id, which every WorldFirst call of this section names.
 */
public final class TopUpSteps {
    static final JourneyStep WORLD_ACCOUNT = WorldAccountSteps.WORLD_ACCOUNT;
    public static final JourneyStep RECEIVING_ACCOUNT = JourneyStep.of("receiving-account", GuideStep.TOP_UP_CNH,
            "worldfirst/receiving-accounts", WORLD_ACCOUNT);
    public static final JourneyStep CNH_CONVERSION = JourneyStep.of("cnh-conversion", GuideStep.TOP_UP_CNH,
            "worldfirst/conversions", RECEIVING_ACCOUNT);
    public static final List<JourneyStep> ALL = List.of(RECEIVING_ACCOUNT, CNH_CONVERSION);

    private TopUpSteps() {
    }

    /** The journey's World Account id, as section 3 recorded it with its step. */
    static String worldAccountIdOf(Journey journey, JourneyStep wanted) {
        return journey.referenceOf(WORLD_ACCOUNT).filter(id -> !id.isBlank())
                .orElseThrow(() -> new StepNotReady(wanted, WORLD_ACCOUNT));
    }
}
