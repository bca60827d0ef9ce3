package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.CheckoutDriver;
import com.buyerjourneykit.drivers.PaymentInput;
import java.util.UUID;

/**
 * Guide section 6, "Input the Alipay personal account password. Enter your password and complete
 * your order!": the order the buyer placed, paid with a method and the payment password. Each
 * payment carries a key of its own, as the checkout page generates one; submitting the same
 * payment again sends the same key.
 */
public final class PaymentDsl {
    private static final String CARD = "card";
    private static final String ALIPAY = "alipay";
    private final JourneyContext journey;
    private final OutcomesDsl outcomes;
    private final CommerceRecords records;
    private PaymentInput lastPayment;
    private Answer firstPaid;

    public PaymentDsl(JourneyContext journey, OutcomesDsl outcomes, CommerceRecords records) {
        this.journey = journey;
        this.outcomes = outcomes;
        this.records = records;
    }

    public void payWithWorldPay() {
        payNew(CheckoutDsl.WORLD_PAY, records.paymentPassword());
    }

    public void payByCard() {
        payNew(CARD, records.paymentPassword());
    }

    public void payWithAlipay() {
        payNew(ALIPAY, records.paymentPassword());
    }

    public void payWithWorldPayUsing(String password) {
        payNew(CheckoutDsl.WORLD_PAY, password);
    }

    public void enterWrongPassword(int times) {
        String wrong = WrongCodes.wrongFor(records.paymentPassword());
        for (int attempt = 0; attempt < times; attempt++) {
            payNew(CheckoutDsl.WORLD_PAY, wrong);
        }
    }

    public void submitTheSamePaymentAgain() {
        pay(lastPayment);
    }

    public void assertPaid(String method, String total, String currency) {
        Answer paid = outcomes.assertOutcome("paid");
        assertThat(paid.fact("paymentId")).as("the payment's id (%s)", paid).isNotBlank();
        assertThat(paid.fact("orderId")).as("the order paid").isEqualTo(records.orderId());
        assertThat(String.join(" / ", paid.fact("method"), paid.fact("total"), currency)).as("method / total paid")
                .isEqualTo(String.join(" / ", method, total, currency));
        assertThat(paid.fact("status")).as("the order's status").isEqualTo("waiting-for-shipment");
    }

    public void assertPaidWithWorldPay(String total, String currency) {
        assertPaid(CheckoutDsl.WORLD_PAY, total, currency);
    }

    public void assertPaidByCard(String total, String currency) {
        assertPaid(CARD, total, currency);
    }

    public void assertSamePaymentAgain() {
        Answer again = outcomes.assertOutcome("paid");
        assertThat(firstPaid).as("the first answer to this payment").isNotNull();
        assertThat(again.fact("paymentId")).as("the payment answered again").isEqualTo(firstPaid.fact("paymentId"));
    }

    public void assertPasswordWrong(int remainingAttempts) {
        assertThat(outcomes.assertOutcome("payment-password-wrong").fact("remainingAttempts")).as("attempts left")
                .isEqualTo(String.valueOf(remainingAttempts));
    }

    public void assertBalanceNotEnough(String required, String currency) {
        Answer refused = outcomes.assertOutcome("balance-not-enough");
        assertThat(refused.fact("requiredAmount") + " " + currency).as("the order and its fees").isEqualTo(required + " " + currency);
    }

    /** payment-password-locked, order-already-paid, order-not-payable or method-not-offered. */
    public void assertRefusedAs(String refusal) {
        outcomes.assertOutcome(refusal);
    }

    private void payNew(String method, String password) {
        pay(new PaymentInput(records.orderId(), method, password, UUID.randomUUID().toString()));
    }

    private void pay(PaymentInput payment) {
        lastPayment = payment;
        Answer answer = journey.remember(journey.driver(CheckoutDriver.class).pay(journey.journeys().of(BuyersDsl.BUYER), payment));
        if ("paid".equals(answer.outcome()) && firstPaid == null) {
            firstPaid = answer;
        }
    }
}
