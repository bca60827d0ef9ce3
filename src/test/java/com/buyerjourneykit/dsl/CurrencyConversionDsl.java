package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ConversionInput;
import com.buyerjourneykit.drivers.CurrencyConversionDriver;
import com.buyerjourneykit.drivers.QuoteInput;
import java.util.UUID;

/**
 * Guide section 4B, "Select Convert to convert funds into CNH": the buyer enters an amount, sees
 * the rate and the other side (a quote that lives a minute), and confirms; a confirmation sent
 * twice converts once.
 */
public final class CurrencyConversionDsl {
    private final JourneyContext journey;
    private final OutcomesDsl outcomes;
    private final WorldAccountRecords records;

    public CurrencyConversionDsl(JourneyContext journey, OutcomesDsl outcomes, WorldAccountRecords records) {
        this.journey = journey;
        this.outcomes = outcomes;
        this.records = records;
    }

    public void quoteToSell(String amount, String sellCurrency, String buyCurrency) {
        quote(new QuoteInput(sellCurrency, buyCurrency, amount, null));
    }

    public void quoteToBuy(String amount, String buyCurrency, String sellCurrency) {
        quote(new QuoteInput(sellCurrency, buyCurrency, null, amount));
    }

    public void confirm() {
        records.confirming(UUID.randomUUID().toString());
        confirmAgain();
    }

    /** The same confirmation again, key included: a double click, or a retry after no answer. */
    public void confirmAgain() {
        Answer answer = journey.remember(driver().convert(journeyOf(),
                new ConversionInput(records.quoteId(), records.conversionKey())));
        if (answer.outcome().equals("converted")) {
            records.firstConversion(answer);
        }
    }

    public void assertQuote(String sellAmount, String sellCurrency, String buyAmount, String buyCurrency, String rate) {
        Answer answer = outcomes.assertOutcome("quote-offered");
        assertThat(String.join(" ", answer.fact("sellAmount"), answer.fact("sellCurrency"), "→", answer.fact("buyAmount"),
                answer.fact("buyCurrency"), "at", answer.fact("rate")))
                .as("the quote").isEqualTo(String.join(" ", sellAmount, sellCurrency, "→", buyAmount, buyCurrency, "at", rate));
    }

    public void assertQuoteLivesAMinute() {
        assertThat(outcomes.assertOutcome("quote-offered").fact("expiresInSeconds")).as("seconds to confirm").isEqualTo("60");
    }

    public void assertConverted(String sellAmount, String buyAmount) {
        Answer answer = outcomes.assertOutcome("converted");
        assertThat(answer.fact("sellAmount") + " → " + answer.fact("buyAmount")).as("converted")
                .isEqualTo(sellAmount + " → " + buyAmount);
    }

    /** The repeated confirmation answers the first conversion again: the same one, not a second. */
    public void assertConvertedOnce() {
        Answer answer = outcomes.assertOutcome("converted");
        assertThat(answer.fact("conversionId")).as("the conversion answered")
                .isEqualTo(records.firstConversion(answer).fact("conversionId"));
    }

    /** quote-expired, balance-not-enough or currency-not-supported. */
    public void assertRefusedAs(String refusal) {
        outcomes.assertOutcome(refusal);
    }

    private void quote(QuoteInput input) {
        Answer answer = journey.remember(driver().quote(journeyOf(), input));
        if (answer.outcome().equals("quote-offered")) {
            records.quoteOffered(answer.fact("quoteId"));
        }
    }

    private String journeyOf() {
        return journey.journeys().of(BuyersDsl.BUYER);
    }

    private CurrencyConversionDriver driver() {
        return journey.driver(CurrencyConversionDriver.class);
    }
}
