package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.AuthorisationInput;
import com.buyerjourneykit.drivers.WorldPayAuthorisationDriver;
import java.util.Arrays;
import java.util.List;

/**
 * Guide section 4A, "Authorise your 1688 account with WorldFirst": the buyer enters a 1688 ID
 * (a per-run alias of a member name), agrees, receives a 6-digit code on the World Account's
 * mobile and confirms; "Manage 1688.com accounts" lists what is linked. A scenario's other buyer
 * can link a 1688 ID first, as someone else would.
 */
public final class WorldPayAuthorisationDsl {
    private final JourneyContext journey;
    private final SmsInboxDsl inbox;
    private final MemberNameAliases names;
    private final OutcomesDsl outcomes;
    private final BuyersDsl buyers;
    private final JourneyDsl journeys;
    private final WorldAccountDsl worldAccounts;
    private final Member1688ControlDsl members;

    public WorldPayAuthorisationDsl(JourneyContext journey, SmsInboxDsl inbox, MemberNameAliases names, OutcomesDsl outcomes,
                                    BuyersDsl buyers, JourneyDsl journeys, WorldAccountDsl worldAccounts,
                                    Member1688ControlDsl members) {
        this.journey = journey;
        this.inbox = inbox;
        this.names = names;
        this.outcomes = outcomes;
        this.buyers = buyers;
        this.journeys = journeys;
        this.worldAccounts = worldAccounts;
        this.members = members;
    }

    public void authorise(String id) {
        authoriseAs(BuyersDsl.BUYER, new AuthorisationInput(names.nameOf(id), true));
    }

    public void authoriseWithoutTheAgreement(String id) {
        authoriseAs(BuyersDsl.BUYER, new AuthorisationInput(names.nameOf(id), false));
    }

    public void resendCode() {
        journey.remember(driver().resendCode(journeyOf(BuyersDsl.BUYER)));
    }

    public void confirmWithReceivedCode() {
        confirmAs(BuyersDsl.BUYER, inbox.latestCodeFrom(WorldAccountDsl.PROVIDER, journey.buyer(BuyersDsl.BUYER)));
    }

    public void confirmWithWrongCode(int times) {
        String wrong = WrongCodes.wrongFor(inbox.latestCodeFrom(WorldAccountDsl.PROVIDER, journey.buyer(BuyersDsl.BUYER)));
        for (int attempt = 0; attempt < times; attempt++) {
            confirmAs(BuyersDsl.BUYER, wrong);
        }
    }

    /** The buyer's own verified 1688 account, authorised for World Pay under the buyer's World Account. */
    public void requireAuthorised(String id) {
        members.memberOfBuyerNamed(id, true);
        linkAs(BuyersDsl.BUYER, id);
    }

    /** Someone else opened a World Account and linked this 1688 ID to it first (AUTH-05). */
    public void otherBuyerHasAuthorised(String id) {
        buyers.newBuyer(BuyersDsl.OTHER_BUYER, "+60");
        journeys.start(BuyersDsl.OTHER_BUYER);
        worldAccounts.requireOpened(BuyersDsl.OTHER_BUYER);
        members.memberOfBuyerNamed(id, true);
        linkAs(BuyersDsl.OTHER_BUYER, id);
    }

    public void assertCodeSent() {
        Answer answer = outcomes.assertOutcome("authorisation-code-sent");
        MaskedMobiles.assertMasked(answer.fact("maskedDestination"), journey.buyer(BuyersDsl.BUYER));
        assertThat(answer.fact("resendInSeconds")).as("Resend(…) countdown").isEqualTo("60");
        assertThat(inbox.latestCodeFrom(WorldAccountDsl.PROVIDER, journey.buyer(BuyersDsl.BUYER))).as("the code by SMS")
                .matches("\\d{6}");
    }

    /** For security, the personal information of the 1688 account is not displayed (AUTH-01): no member ID, no mobile. */
    public void assertNoPersonalDetailsShown() {
        Answer answer = journey.lastAnswer();
        assertThat(answer.facts().values()).as("what the answer shows (%s)", answer)
                .noneMatch(value -> value.startsWith("b2b-") || value.contains(journey.buyer(BuyersDsl.BUYER).mobile()));
    }

    public void assertActivated(String id) {
        Answer answer = outcomes.assertOutcome("worldpay-activated");
        assertThat(answer.fact("alibaba1688Id")).as("the 1688 ID activated for World Pay").isEqualTo(names.nameOf(id));
    }

    /** "Manage 1688.com accounts", read without replacing the last answer. */
    public void assertLinked(String commaSeparatedIds) {
        Answer linked = driver().linked1688Accounts(journeyOf(BuyersDsl.BUYER));
        List<String> expected = Arrays.stream(commaSeparatedIds.split("\\s*,\\s*")).map(names::nameOf).toList();
        assertThat(linked.outcome()).as("Manage 1688.com accounts (%s)", linked).isEqualTo("linked-1688-accounts");
        assertThat(linked.fact("count")).as("linked 1688 accounts").isEqualTo(String.valueOf(expected.size()));
        assertThat(List.of(linked.fact("linked1688Ids").split("\\s*,\\s*"))).as("linked 1688 IDs, in linking order")
                .isEqualTo(expected);
    }

    /** member-not-verified-by-alipay, linked-to-alipay-international, already-authorised or linked-to-another-world-account. */
    public void assertRefusedAs(String refusal) {
        outcomes.assertOutcome(refusal);
    }

    private void linkAs(String alias, String id) {
        authoriseAs(alias, new AuthorisationInput(names.nameOf(id), true));
        outcomes.assertOutcome("authorisation-code-sent");
        confirmAs(alias, inbox.latestCodeFrom(WorldAccountDsl.PROVIDER, journey.buyer(alias)));
        assertActivated(id);
    }

    private void authoriseAs(String alias, AuthorisationInput input) {
        journey.remember(driver().authorise(journeyOf(alias), input));
    }

    private void confirmAs(String alias, String code) {
        journey.remember(driver().confirm(journeyOf(alias), code));
    }

    private String journeyOf(String alias) {
        return journey.journeys().of(alias);
    }

    private WorldPayAuthorisationDriver driver() {
        return journey.driver(WorldPayAuthorisationDriver.class);
    }
}
