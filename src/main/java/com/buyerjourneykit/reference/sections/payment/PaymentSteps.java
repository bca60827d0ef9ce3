package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.StepNotReady;
import com.buyerjourneykit.reference.sections.memberaccount.MemberAccountSteps;
import com.buyerjourneykit.reference.sections.ordering.OrderingSteps;
import java.util.List;

/**
 * Guide section 6's step: paying an order, which waits for section 5's first order. Every 1688 call
 * of this section names the buyer by the member id section 2 recorded with its SMS-code step.
 */
public final class PaymentSteps {
    static final JourneyStep MEMBER = MemberAccountSteps.SMS_CODE;
    /** Section 5's order step: the first order placed. */
    static final JourneyStep ORDER = OrderingSteps.ORDER;
    public static final JourneyStep PAYMENT = JourneyStep.of("1688-payment", GuideStep.PAY, "1688/payments", ORDER);
    public static final List<JourneyStep> ALL = List.of(PAYMENT);

    private PaymentSteps() {
    }

    /** The journey's 1688 member id, as section 2 recorded it. */
    static String memberIdOf(Journey journey, JourneyStep wanted) {
        return journey.referenceOf(MEMBER).filter(id -> !id.isBlank()).orElseThrow(() -> new StepNotReady(wanted, MEMBER));
    }
}
