package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.StepNotReady;
import com.buyerjourneykit.reference.sections.memberaccount.MemberAccountSteps;
import java.util.List;

/**
 * Guide section 5's step: the first order on 1688. It waits for the buyer's 1688 member, whose id
 * is the reference of section 2's code check (set by registering or by signing in), and which
 * every 1688 call of this section names.
 */
public final class OrderingSteps {
    static final JourneyStep MEMBER = MemberAccountSteps.SMS_CODE;
    public static final JourneyStep ORDER = JourneyStep.of("1688-order", GuideStep.ORDER, "1688/orders", MEMBER);
    public static final List<JourneyStep> ALL = List.of(ORDER);

    private OrderingSteps() {
    }

    /** The journey's 1688 member id, as section 2 recorded it with its step. */
    static String memberIdOf(Journey journey) {
        return journey.referenceOf(MEMBER).filter(id -> !id.isBlank())
                .orElseThrow(() -> new StepNotReady(ORDER, MEMBER));
    }
}
