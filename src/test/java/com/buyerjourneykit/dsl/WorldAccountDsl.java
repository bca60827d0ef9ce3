package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.CodeRequestInput;
import com.buyerjourneykit.drivers.WorldAccountDriver;
import com.buyerjourneykit.drivers.WorldAccountReasonsDriver;
import java.util.Locale;

/**
 * Guide section 3, "Register for a World account", in the journey's words: the buyer asks for a
 * code by SMS or e-mail, fills in the form (valid unless the scenario changes one field) and
 * creates the account. Any buyer of the scenario may do it, so another buyer can own a 1688 ID first.
 */
public final class WorldAccountDsl {
    static final String PROVIDER = "worldfirst";
    private final JourneyContext journey;
    private final SmsInboxDsl inbox;
    private final OutcomesDsl outcomes;
    private final WorldAccountRecords records;
    private String emailAddress;
    private String opener = BuyersDsl.BUYER;

    public WorldAccountDsl(JourneyContext journey, SmsInboxDsl inbox, OutcomesDsl outcomes, WorldAccountRecords records) {
        this.journey = journey;
        this.inbox = inbox;
        this.outcomes = outcomes;
        this.records = records;
    }

    public void requestCodeByMobile() {
        journey.remember(driver().requestCode(journeyOf(BuyersDsl.BUYER), new CodeRequestInput("MOBILE", null)));
    }

    public void requestCodeByEmail() {
        emailAddress = journey.buyer(BuyersDsl.BUYER).e164().substring(1) + "@example.com";
        journey.remember(driver().requestCode(journeyOf(BuyersDsl.BUYER), new CodeRequestInput("EMAIL", emailAddress)));
    }

    public void requireCodeSent() {
        requestCodeByMobile();
        outcomes.assertOutcome("code-sent");
    }

    /** The buyer (or another buyer) has a World Account opened through the system under test. */
    public void requireOpened(String alias) {
        ScenarioBuyer buyer = journey.buyer(alias);
        driver().requestCode(journeyOf(alias), new CodeRequestInput("MOBILE", null));
        open(alias, WorldAccountDraft.withCode(inbox.latestCodeFrom(PROVIDER, buyer)));
        assertOpened();
    }

    public void openWithReceivedCode() {
        WorldAccountDraft draft = WorldAccountDraft.withCode(receivedCode());
        open(BuyersDsl.BUYER, emailAddress == null ? draft : draft.byEmail(emailAddress));
    }

    public void openWithCountry(String country) {
        open(BuyersDsl.BUYER, WorldAccountDraft.withCode(receivedCode()).country(country));
    }

    public void openWithPassword(String password) {
        open(BuyersDsl.BUYER, WorldAccountDraft.withCode(receivedCode()).password(password));
    }

    public void openWithExtras(String invitationCode, boolean marketInsights) {
        open(BuyersDsl.BUYER, WorldAccountDraft.withCode(receivedCode()).extras(invitationCode, marketInsights));
    }

    public void openWithoutAcceptingTheTerms() {
        open(BuyersDsl.BUYER, WorldAccountDraft.withCode(receivedCode()).termsNotAccepted());
    }

    public void openWithWrongCode(int times) {
        for (int attempt = 0; attempt < times; attempt++) {
            open(BuyersDsl.BUYER, WorldAccountDraft.withCode(WrongCodes.wrongFor(receivedCode())));
        }
    }

    public void assertCodeSentToMobile(int validMinutes) {
        Answer answer = outcomes.assertOutcome("code-sent");
        assertThat(answer.fact("validForSeconds")).as("seconds the code is valid").isEqualTo(String.valueOf(validMinutes * 60));
        assertThat(answer.fact("resendInSeconds")).as("seconds before a new code").isEqualTo("60");
        MaskedMobiles.assertMasked(answer.fact("maskedDestination"), journey.buyer(BuyersDsl.BUYER));
        assertThat(inbox.codesFrom(PROVIDER, journey.buyer(BuyersDsl.BUYER))).as("WorldFirst codes by SMS").isNotEmpty();
    }

    public void assertCodeSentToEmail() {
        Answer answer = outcomes.assertOutcome("code-sent");
        assertThat(answer.fact("maskedDestination")).as("the e-mail address, masked")
                .endsWith("@example.com").doesNotContain(emailAddress);
        assertThat(inbox.latestCodeSentTo(PROVIDER, emailAddress.toLowerCase(Locale.ROOT))).as("the code by e-mail").isNotBlank();
    }

    public void assertOpened() {
        Answer answer = outcomes.assertOutcome("world-account-opened");
        assertThat(answer.fact("worldAccountId")).as("the World Account's ID").isNotBlank();
        records.worldAccountOpened(opener, answer.fact("worldAccountId"));
    }

    public void assertOpenedWithMarketInsights(boolean consent) {
        assertOpened();
        assertThat(journey.lastAnswer().fact("marketInsightsConsent")).as("market insights").isEqualTo(String.valueOf(consent));
    }

    public void assertWhyAWorldAccountIsExplained() {
        String why = journey.driver(WorldAccountReasonsDriver.class).whyAWorldAccount(journeyOf(BuyersDsl.BUYER));
        assertThat(why).as("what the World Account page says a World Account is for (WFA-03)").isNotBlank();
    }

    private void open(String alias, WorldAccountDraft draft) {
        opener = alias;
        journey.remember(driver().open(journeyOf(alias), draft.input()));
    }

    private String receivedCode() {
        return emailAddress == null ? inbox.latestCodeFrom(PROVIDER, journey.buyer(BuyersDsl.BUYER))
                : inbox.latestCodeSentTo(PROVIDER, emailAddress.toLowerCase(Locale.ROOT));
    }

    private String journeyOf(String alias) {
        return journey.journeys().of(alias);
    }

    private WorldAccountDriver driver() {
        return journey.driver(WorldAccountDriver.class);
    }
}
