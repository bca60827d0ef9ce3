package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.AlipayCodeDriver;
import com.buyerjourneykit.drivers.Answer;
import java.util.List;

/**
 * Guide section 1, "Enter code for account verification", in the journey's own words: a buyer
 * asks Alipay for a code, enters it, and is told what happened. Knows no HTTP and no browser.
 */
public final class AlipayCodeDsl {
    private final JourneyContext journey;
    private final SmsInboxDsl inbox;
    private final OutcomesDsl outcomes;
    private final BuyersDsl buyers;
    private final JourneyDsl journeys;

    public AlipayCodeDsl(JourneyContext journey, SmsInboxDsl inbox, OutcomesDsl outcomes, BuyersDsl buyers, JourneyDsl journeys) {
        this.journey = journey;
        this.inbox = inbox;
        this.outcomes = outcomes;
        this.buyers = buyers;
        this.journeys = journeys;
    }

    /** Another buyer, beside the scenario's own, who has started their journey and has a code on their phone. */
    public void requireOtherBuyerHasACode(String countryCode) {
        buyers.newBuyer(BuyersDsl.OTHER_BUYER, countryCode);
        journeys.start(BuyersDsl.OTHER_BUYER);
        requireCodeSent(BuyersDsl.OTHER_BUYER);
    }

    public void requestCode(String alias) {
        journey.remember(driver().requestCode(journeyOf(alias)));
    }

    public void requireCodeSent(String alias) {
        requestCode(alias);
        assertCodeSent();
    }

    public void enterReceivedCode() {
        enterCode(inbox.latestCodeOf(buyer(BuyersDsl.BUYER)));
    }

    public void requireReceivedCodeAccepted() {
        enterReceivedCode();
        assertAccepted();
    }

    public void enterPreviousCode() {
        List<String> codes = inbox.codesOf(buyer(BuyersDsl.BUYER));
        assertThat(codes).as("codes sent to the buyer").hasSizeGreaterThanOrEqualTo(2);
        enterCode(codes.get(codes.size() - 2));
    }

    public void enterCodeReceivedBy(String alias) {
        enterCode(inbox.latestCodeOf(buyer(alias)));
    }

    public void enterWrongCode() {
        String right = inbox.latestCodeOf(buyer(BuyersDsl.BUYER));
        enterCode(String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000));
    }

    public void enterWrongCodeTimes(int times) {
        for (int entry = 1; entry <= times; entry++) {
            enterWrongCode();
            outcomes.assertOutcome("wrong-code");
        }
    }

    public void enterCode(String code) {
        journey.remember(driver().enterCode(journeyOf(BuyersDsl.BUYER), code));
    }

    public void assertCodeSent() {
        outcomes.assertOutcome("code-sent");
    }

    public void assertAccepted() {
        outcomes.assertOutcome("accepted");
    }

    /** {@code code-expired}, {@code code-used}, {@code code-locked} or {@code no-code-requested}. */
    public void assertRefusedAs(String refusal) {
        outcomes.assertOutcome(refusal);
    }

    public void assertRefusedAsWrong(int attemptsLeft) {
        Answer answer = outcomes.assertOutcome("wrong-code");
        assertThat(answer.fact("remainingAttempts")).as("attempts left").isEqualTo(String.valueOf(attemptsLeft));
    }

    public void assertNewCodeRefused(long secondsLeft) {
        Answer answer = outcomes.assertOutcome("resend-too-early");
        assertThat(answer.fact("retryAfterSeconds")).as("seconds left on the countdown").isEqualTo(String.valueOf(secondsLeft));
    }

    public void assertNewCodeArrived() {
        assertCodeSent();
        assertThat(inbox.codesOf(buyer(BuyersDsl.BUYER))).as("codes sent to the buyer").hasSizeGreaterThanOrEqualTo(2);
    }

    private String journeyOf(String alias) {
        return journey.journeys().of(alias);
    }

    private ScenarioBuyer buyer(String alias) {
        return journey.buyer(alias);
    }

    private AlipayCodeDriver driver() {
        return journey.driver(AlipayCodeDriver.class);
    }
}
