package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.StepNotReady;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Guide section 1 after the SMS code: "Verify Identity", "Register location and address",
 * "Complete Personal Details". Each step is checked against Alipay's rules, waits for the one
 * before it (JRN-02), and is recorded with the buyer's Alipay user ID only when Alipay agrees.
 */
public final class AlipayAccountCompletion {
    private final AlipayAccounts alipay;
    private final Journeys journeys;
    private final Clock clock;

    /** {@code clock} judges the buyer's age before Alipay is asked; Alipay judges it again on its own day. */
    public AlipayAccountCompletion(AlipayAccounts alipay, Journeys journeys, Clock clock) {
        this.alipay = alipay;
        this.journeys = journeys;
        this.clock = clock;
    }

    /** Today, for rules such as "at least 18 years old". */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public AccountStep verifyIdentity(String journeyId, IdentityDocument document) {
        Journey journey = journeys.readyFor(journeyId, AlipayAccountSteps.IDENTITY);
        return recorded(journey, AlipayAccountSteps.IDENTITY, alipay.verifyIdentity(journey.mobile(), document));
    }

    public AccountStep registerAddress(String journeyId, HomeAddress address) {
        Journey journey = journeys.readyFor(journeyId, AlipayAccountSteps.ADDRESS);
        return recorded(journey, AlipayAccountSteps.ADDRESS, alipay.registerAddress(journey.mobile(), address));
    }

    public AccountStep completePersonalDetails(String journeyId, PersonalDetails details) {
        Journey journey = journeys.readyFor(journeyId, AlipayAccountSteps.PERSONAL_DETAILS);
        return recorded(journey, AlipayAccountSteps.PERSONAL_DETAILS, alipay.completePersonalDetails(journey.mobile(), details));
    }

    /** Only a step Alipay finished is recorded; Alipay naming an earlier step as missing is the same refusal as ours. */
    private AccountStep recorded(Journey journey, JourneyStep step, AccountStep answer) {
        if (answer.result() == AccountStep.Result.OUT_OF_ORDER) {
            throw new StepNotReady(step, answer.missingStep());
        }
        if (answer.isDone()) {
            journeys.finish(journey, step, answer.alipayUserId());
        }
        return answer;
    }
}
