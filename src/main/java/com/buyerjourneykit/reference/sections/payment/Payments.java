package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Paying an order at 1688's cashier with the Alipay payment password (PAY-04), once (PAY-07): the
 * same idempotency key answers the kept answer; without one kept, the same key sends the same
 * request id, and the cashier answers its first payment again. Finishes the step with the first payment.
 */
final class Payments {
    private static final String PAID_STATUS = "waitsellersend";
    private final CashierClient cashier;
    private final CashierAttempts attempts;
    private final Journeys journeys;
    private final KeptPayments kept;

    Payments(CashierClient cashier, Journeys journeys) {
        this.cashier = cashier;
        this.attempts = new CashierAttempts(cashier);
        this.journeys = journeys;
        this.kept = new KeptPayments(journeys);
    }

    SectionOutcome pay(String journeyId, PaymentForm form) {
        Journey journey = journeys.readyFor(journeyId, PaymentSteps.PAYMENT);
        Optional<SectionOutcome> earlier = kept.kept(journey, form.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String memberId = PaymentSteps.memberIdOf(journey, PaymentSteps.PAYMENT);
        JsonNode answer = attempts.pay(memberId, form, PaymentRequestIds.of(journey.id(), form));
        if (!CashierClient.isSuccess(answer)) {
            throw CashierRefusals.refusal(CashierAttempts.API, answer, () -> reasonsWhyNot(memberId, form));
        }
        JsonNode payment = answer.path("result");
        if (!journey.isFinished(PaymentSteps.PAYMENT)) {
            journeys.finish(journey, PaymentSteps.PAYMENT, payment.path("paymentId").asText());
        }
        return kept.keep(journey, form.idempotencyKey(), paid(payment, form));
    }

    /** PAY-03's reasons, asked of the checkout only when World Pay was refused; other methods have none of the FAQ's. */
    private String reasonsWhyNot(String memberId, PaymentForm form) {
        return form.method() == PayMethod.WORLD_PAY ? CashierOffer.ask(cashier, memberId, form.orderId()).reasonCodes() : "";
    }

    private static SectionOutcome paid(JsonNode payment, PaymentForm form) {
        String status = payment.path("status").asText();
        return SectionOutcome.success(201, "paid").with("paymentId", payment.path("paymentId").asText())
                .with("orderId", payment.path("orderId").asText(form.orderId()))
                .with("method", PayMethod.byPayWay(payment.path("payWay").asText()).orElse(form.method()).code())
                .with("orderAmount", Yuan.ofFen(payment.path("orderAmount").asLong()))
                .with("fee", Yuan.ofFen(payment.path("fee").asLong()))
                .with("serviceFee", Yuan.ofFen(payment.path("serviceFee").asLong()))
                .with("total", Yuan.ofFen(payment.path("total").asLong())).with("currency", "CNY")
                .with("status", PAID_STATUS.equals(status) ? "waiting-for-shipment" : status);
    }
}
