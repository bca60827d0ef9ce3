package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.CheckoutDriver;
import java.math.BigDecimal;
import java.util.List;

/**
 * Guide section 6's checkout of the order the buyer placed: the methods offered (World Pay
 * "Cross-border treasure", the card, Alipay in some regions), why World Pay is not (PAY-03, with
 * what the buyer can do), and what each method costs (PAY-06).
 */
public final class CheckoutDsl {
    static final String WORLD_PAY = "world-pay";
    private final JourneyContext journey;
    private final OutcomesDsl outcomes;
    private final CommerceRecords records;

    public CheckoutDsl(JourneyContext journey, OutcomesDsl outcomes, CommerceRecords records) {
        this.journey = journey;
        this.outcomes = outcomes;
        this.records = records;
    }

    public void open() {
        journey.remember(journey.driver(CheckoutDriver.class).checkout(journey.journeys().of(BuyersDsl.BUYER), records.orderId()));
    }

    public void assertMethods(String methods) {
        Answer checkout = outcomes.assertOutcome("checkout");
        assertThat(CommaSeparated.list(checkout.fact("methods"))).as("payment methods offered, in order (%s)", checkout)
                .isEqualTo(CommaSeparated.list(methods));
    }

    /** PAY-02: the order is a secured transaction (担保交易), nothing of PAY-03 applies. */
    public void assertWorldPayOffered() {
        Answer checkout = outcomes.assertOutcome("checkout");
        assertThat(checkout.fact("worldPayOffered")).as("World Pay offered (%s)", checkout).isEqualTo("true");
        assertThat(CommaSeparated.list(checkout.fact("unavailableReasons"))).as("reasons World Pay is not offered").isEmpty();
        assertThat(CommaSeparated.list(checkout.fact("methods"))).as("methods offered").contains(WORLD_PAY);
    }

    public void assertWorldPayNotOffered(String reason) {
        Answer checkout = outcomes.assertOutcome("checkout");
        assertThat(checkout.fact("worldPayOffered")).as("World Pay offered (%s)", checkout).isEqualTo("false");
        assertThat(CommaSeparated.list(checkout.fact("unavailableReasons"))).as("reasons World Pay is not offered")
                .isEqualTo(List.of(reason));
        assertThat(CommaSeparated.list(checkout.fact("methods"))).as("methods offered").doesNotContain(WORLD_PAY);
    }

    /** Each reason comes with words for the buyer: the FAQ's reason and what they can do. */
    public void assertReasonsExplained() {
        Answer checkout = outcomes.assertOutcome("checkout");
        List<String> reasons = CommaSeparated.list(checkout.fact("unavailableReasons"));
        assertThat(reasons).as("reasons World Pay is not offered").isNotEmpty();
        reasons.forEach(code -> assertThat(checkout.fact("reason." + code)).as("what the buyer is told about %s", code)
                .isNotBlank());
    }

    public void assertWorldPayCosts(String fee, String serviceFee, String total, String currency) {
        Answer checkout = outcomes.assertOutcome("checkout");
        assertThat(String.join(" / ", checkout.fact("worldPayFee"), checkout.fact("worldPayServiceFee"),
                checkout.fact("worldPayTotal"), checkout.fact("currency"))).as("World Pay fee / service fee / total (%s)", checkout)
                .isEqualTo(String.join(" / ", fee, serviceFee, total, currency));
    }

    public void assertCardCosts(String fee, String total, String currency) {
        Answer checkout = outcomes.assertOutcome("checkout");
        assertThat(String.join(" / ", checkout.fact("cardFee"), checkout.fact("cardTotal"), checkout.fact("currency")))
                .as("card fee / total (%s)", checkout).isEqualTo(String.join(" / ", fee, total, currency));
    }

    /** The rate as a percentage, compared by value: "0.10%" is "0.1%". */
    public void assertServiceFeeRate(String rate) {
        String shown = outcomes.assertOutcome("checkout").fact("worldPayServiceFeeRate");
        assertThat(shown).as("World Pay service fee rate").endsWith("%");
        assertThat(percent(shown)).as("World Pay service fee rate %s", shown).isEqualByComparingTo(percent(rate));
    }

    private static BigDecimal percent(String rate) {
        return new BigDecimal(rate.replace("%", "").strip());
    }
}
