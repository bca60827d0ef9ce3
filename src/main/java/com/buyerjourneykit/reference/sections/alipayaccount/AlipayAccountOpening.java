package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
/**
 * Guide section 1, "Enter code for account verification": the buyer asks for a code by SMS and
 * enters it; an accepted code finishes the journey's first Alipay step.
 */
public final class AlipayAccountOpening {
    private final AlipayAccounts alipay;
    private final Journeys journeys;

    public AlipayAccountOpening(AlipayAccounts alipay, Journeys journeys) {
        this.alipay = alipay;
        this.journeys = journeys;
    }

    public CodeRequest requestCode(String journeyId) {
        return alipay.sendRegistrationCode(journeys.readyFor(journeyId, AlipayAccountSteps.SMS_CODE).mobile());
    }

    public CodeCheck enterCode(String journeyId, String code) {
        String checked = Inputs.sixDigitCode(code);
        Journey journey = journeys.readyFor(journeyId, AlipayAccountSteps.SMS_CODE);
        CodeCheck check = alipay.checkRegistrationCode(journey.mobile(), checked);
        if (check.result() == CodeCheck.Result.ACCEPTED) {
            journeys.finish(journey, AlipayAccountSteps.SMS_CODE, null);
        }
        return check;
    }
}
