package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.StepNotReady;
import com.buyerjourneykit.reference.sections.memberaccount.MemberAccountSteps;

/**
 * The journey's 1688 member, whose orders this section shows: the reference of section 2's
 * {@code 1688-sms-code}. The e-invoice is no step of the journey (Malaysia only, optional), so
 * {@link #E_INVOICE} is declared here, unregistered, only to say what it waits for.
 */
final class BuyerMember {
    static final JourneyStep SIGNED_IN = MemberAccountSteps.SMS_CODE;
    static final JourneyStep E_INVOICE = JourneyStep.of("self-billed-e-invoice", GuideStep.PAY, "myinvois/self-billed-invoices",
            SIGNED_IN);
    private final Journeys journeys;

    BuyerMember(Journeys journeys) {
        this.journeys = journeys;
    }

    /**
     * The journey and its member id, once the buyer is signed in to 1688; else {@code step-not-ready}
     * naming {@code 1688-sms-code} itself (the contract's word), whether the buyer registers or signs in.
     */
    Signed of(String journeyId) {
        Journey journey = journeys.find(Inputs.required("journeyId", journeyId));
        String memberId = journey.referenceOf(SIGNED_IN).filter(id -> !id.isBlank() && journey.isFinished(SIGNED_IN))
                .orElseThrow(() -> new StepNotReady(E_INVOICE, SIGNED_IN));
        return new Signed(journey, memberId);
    }

    /** A journey whose buyer is signed in to 1688 as {@code memberId}. */
    record Signed(Journey journey, String memberId) {
    }
}
