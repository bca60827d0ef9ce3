package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.AlipayAccountDriver;
import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.PhoneInput;
import java.util.List;

/**
 * Guide section 1 in the journey's own words: a buyer asks Alipay for a code, enters it, and is
 * told what happened. Knows no HTTP and no browser; the channel's driver does.
 */
public final class AlipayAccountDsl {
    public static final String BUYER = "buyer";
    public static final String OTHER_BUYER = "other buyer";
    private final JourneyContext journey;
    private final SmsInboxDsl inbox;

    public AlipayAccountDsl(JourneyContext journey, SmsInboxDsl inbox) {
        this.journey = journey;
        this.inbox = inbox;
    }

    public void newBuyer(String alias, String countryCode) {
        journey.buyers().create(alias, countryCode);
    }

    public void newBuyerWhoNeverReceivesSms() {
        journey.buyers().createOnMagicRange(BUYER, '9');
    }

    public void newBuyerWhoseSmsArriveLate() {
        journey.buyers().createOnMagicRange(BUYER, '5');
    }

    public void assertNoSmsReachedTheBuyer() {
        assertThat(inbox.codesOf(buyer(BUYER))).as("codes that reached the buyer's phone").isEmpty();
    }

    public void requestCode(String alias) {
        journey.remember(driver().requestCode(journey.journeyOf(alias)));
    }

    public void requireCodeSent(String alias) {
        requestCode(alias);
        assertOutcome("code-sent");
    }

    public void requestNewCode() {
        journey.remember(driver().requestCode(journey.journeyOf(BUYER)));
    }

    /** Starting with a mobile number is where the number is checked: bad input is refused here. */
    public void requestCodeFor(String countryCode, String mobile) {
        journey.remember(journey.channel().journey().start(new PhoneInput(countryCode, mobile)));
    }

    public void enterReceivedCode() {
        enterCode(inbox.latestCodeOf(buyer(BUYER)));
    }

    public void requireReceivedCodeAccepted() {
        enterReceivedCode();
        assertAccepted();
    }

    public void enterPreviousCode() {
        List<String> codes = inbox.codesOf(buyer(BUYER));
        assertThat(codes).as("codes sent to the buyer").hasSizeGreaterThanOrEqualTo(2);
        enterCode(codes.get(codes.size() - 2));
    }

    public void enterCodeReceivedBy(String alias) {
        enterCode(inbox.latestCodeOf(buyer(alias)));
    }

    public void enterWrongCode() {
        enterCode(wrongCodeFor(buyer(BUYER)));
    }

    public void enterWrongCodeTimes(int times) {
        for (int entry = 1; entry <= times; entry++) {
            enterWrongCode();
            assertOutcome("wrong-code");
        }
    }

    public void enterCode(String code) {
        journey.remember(driver().enterCode(journey.journeyOf(BUYER), code));
    }

    public void assertAccepted() {
        assertOutcome("accepted");
    }

    public void assertRefusedAsWrong(int attemptsLeft) {
        Answer answer = assertOutcome("wrong-code");
        assertThat(answer.fact("remainingAttempts")).as("attempts left").isEqualTo(String.valueOf(attemptsLeft));
    }

    public void assertNewCodeRefused(long secondsLeft) {
        Answer answer = assertOutcome("resend-too-early");
        assertThat(answer.fact("retryAfterSeconds")).as("seconds left on the countdown").isEqualTo(String.valueOf(secondsLeft));
    }

    public void assertNewCodeArrived() {
        assertOutcome("code-sent");
        assertThat(inbox.codesOf(buyer(BUYER))).as("codes sent to the buyer").hasSizeGreaterThanOrEqualTo(2);
    }

    public void assertFieldRefused(String field, String rule) {
        Answer answer = assertOutcome("invalid-field");
        assertThat(answer.fact("field") + " / " + answer.fact("rule")).as("field / rule").isEqualTo(field + " / " + rule);
    }

    public Answer assertOutcome(String expected) {
        Answer answer = journey.lastAnswer();
        assertThat(answer.outcome()).as("outcome (whole answer: %s)", answer).isEqualTo(expected);
        return answer;
    }

    private String wrongCodeFor(Buyer buyer) {
        String right = inbox.latestCodeOf(buyer);
        return String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
    }

    private Buyer buyer(String alias) {
        return journey.buyers().get(alias);
    }

    private AlipayAccountDriver driver() {
        return journey.channel().alipayAccount();
    }
}
