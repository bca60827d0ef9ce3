package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ReceivingAccountDriver;
import com.buyerjourneykit.drivers.ReceivingAccountInput;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Guide section 4B, "Create new receiving acc": select a currency, give the account a name,
 * preview it, create it (instantly); and the balances of the World Account. Money arrives through
 * {@link WorldFirstControlDsl}.
 */
public final class ReceivingAccountDsl {
    private final JourneyContext journey;
    private final OutcomesDsl outcomes;
    private final WorldAccountRecords records;
    private final WorldFirstControlDsl worldFirst;

    public ReceivingAccountDsl(JourneyContext journey, OutcomesDsl outcomes, WorldAccountRecords records,
                               WorldFirstControlDsl worldFirst) {
        this.journey = journey;
        this.outcomes = outcomes;
        this.records = records;
        this.worldFirst = worldFirst;
    }

    public void preview(String currency, String name) {
        journey.remember(driver().preview(journeyOf(), new ReceivingAccountInput(currency, name, null)));
    }

    public void create(String currency, String name) {
        ReceivingAccountInput request = new ReceivingAccountInput(currency, name, UUID.randomUUID().toString());
        records.receivingAccountRequested(request);
        remember(driver().create(journeyOf(), request));
    }

    /** The same request again, key included: as a buyer whose first click seemed to do nothing. */
    public void createAgain(String currency) {
        remember(driver().create(journeyOf(), records.lastRequestFor(currency)));
    }

    public void requireCreated(String currency) {
        create(currency, "My " + currency);
        assertCreated(currency);
    }

    /** Money of the account's own currency arrived, through a receiving account created for it if need be. */
    public void requireMoney(String amount, String currency) {
        if (records.accountNo(currency).isEmpty()) {
            requireCreated(currency);
        }
        worldFirst.paymentArrives(amount, currency, currency);
        worldFirst.assertPaymentCredited();
    }

    public void assertPreview(String currency, String name, String bank, String location) {
        Answer answer = outcomes.assertOutcome("receiving-account-preview");
        assertThat(String.join(" | ", answer.fact("currency"), answer.fact("accountName"), answer.fact("bankName"),
                answer.fact("bankLocation"))).as("currency | name | bank | location")
                .isEqualTo(String.join(" | ", currency, name, bank, location));
    }

    public void assertPreviewCollectsOnly(String currency) {
        Answer answer = outcomes.assertOutcome("receiving-account-preview");
        assertThat(answer.fact("collectedCurrencies")).as("currencies collected").isEqualTo(currency);
        assertThat(answer.fact("otherCurrencies")).as("what happens to other currencies").isEqualTo("RETURNED");
    }

    public void assertPreviewMethods(String methods, String days) {
        Answer answer = outcomes.assertOutcome("receiving-account-preview");
        assertThat(answer.fact("paymentMethods")).as("collection methods").isEqualTo(methods);
        assertThat(answer.fact("arrivalDays")).as("days to arrive").isEqualTo(days);
    }

    public void assertCreated(String currency) {
        Answer answer = outcomes.assertOutcome("receiving-account-created");
        assertThat(answer.fact("currency") + " " + answer.fact("status")).as("currency and status").isEqualTo(currency + " ACTIVE");
        assertThat(answer.fact("accountNo")).as("account number").matches("\\d{12}");
    }

    public void assertSameAccountAsBefore(String currency) {
        assertThat(journey.lastAnswer().outcome()).as("answer to the repeated request").isEqualTo("receiving-account-created");
        assertThat(journey.lastAnswer().fact("accountNo")).as("account number of the repeated request")
                .isEqualTo(records.accountNo(currency).orElseThrow());
    }

    /** The balances, read without replacing the last answer. */
    public void assertBalance(String currency, String amount) {
        Answer balances = driver().balances(journeyOf());
        assertThat(balances.fact("balance" + currency)).as("%s balance (%s)", currency, balances).isEqualTo(amount);
    }

    /**
     * The balances show CNH always (TOP-07: purchases are paid from it), every other currency only
     * once it has an account or money: after a preview, nothing but CNH at zero.
     */
    public void assertNoReceivingAccount() {
        Answer balances = driver().balances(journeyOf());
        assertThat(balances.outcome()).as("balances (%s)", balances).isEqualTo("balances");
        Map<String, String> shown = balances.facts().entrySet().stream().filter(fact -> fact.getKey().startsWith("balance"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(shown).as("currencies with an account or money").isEqualTo(Map.of("balanceCNH", "0.00"));
    }

    private void remember(Answer answer) {
        journey.remember(answer);
        if (answer.outcome().equals("receiving-account-created")) {
            records.receivingAccountCreated(answer.fact("currency"), answer.fact("accountNo"));
        }
    }

    private String journeyOf() {
        return journey.journeys().of(BuyersDsl.BUYER);
    }

    private ReceivingAccountDriver driver() {
        return journey.driver(ReceivingAccountDriver.class);
    }
}
