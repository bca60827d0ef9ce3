package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.Journey;
import java.util.Optional;

/** Who orders, as 1688 needs it: the 1688 member, the journey's mobile (E.164) and the region the goods go to. */
record Buyer(String memberId, String mobile, String region) {

    static Buyer of(Journey journey, Optional<String> chosenRegion) {
        return new Buyer(OrderingSteps.memberIdOf(journey), journey.mobile().e164(), BuyerRegion.of(chosenRegion, journey));
    }
}
