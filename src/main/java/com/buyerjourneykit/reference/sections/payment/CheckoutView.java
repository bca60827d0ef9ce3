package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;

/**
 * {@code 1688/checkout?journeyId=…&orderId=…}: the cashier page before paying. The methods offered
 * with their fee breakdown (PAY-01, PAY-06) and, when World Pay is not offered, each of the FAQ's
 * reasons (PAY-03), which the page explains with what the buyer can do.
 */
final class CheckoutView {
    private final CashierClient cashier;
    private final Journeys journeys;

    CheckoutView(CashierClient cashier, Journeys journeys) {
        this.cashier = cashier;
        this.journeys = journeys;
    }

    SectionOutcome show(String journeyId, String orderIdText) {
        String id = Inputs.required("journeyId", journeyId);
        String orderId = PaymentForm.orderId(orderIdText);
        Journey journey = journeys.readyFor(id, PaymentSteps.ORDER);
        CashierOffer offer = CashierOffer.ask(cashier, PaymentSteps.memberIdOf(journey, PaymentSteps.ORDER), orderId);
        SectionOutcome answer = SectionOutcome.success(200, "checkout").with("orderId", orderId).with("currency", "CNY")
                .with("orderAmount", Yuan.ofFen(offer.orderFen())).with("methods", offer.methods())
                .with("worldPayOffered", offer.offersWorldPay()).with("unavailableReasons", offer.reasonCodes());
        offer.options().forEach(option -> withFees(answer, option));
        return answer.with("options", offer.options()).with("reasons", offer.reasons()).with("journeyId", journey.id());
    }

    /** The contract's flat facts per offered method; Alipay costs nothing more, so it has its total only. */
    private static void withFees(SectionOutcome answer, PaymentOption option) {
        PayMethod method = PayMethod.of(option.method());
        String prefix = method.factPrefix();
        if (method != PayMethod.ALIPAY) {
            answer.with(prefix + "Fee", option.fee()).with(prefix + "FeeRate", option.feeRate());
        }
        if (method == PayMethod.WORLD_PAY) {
            answer.with(prefix + "ServiceFee", option.serviceFee()).with(prefix + "ServiceFeeRate", option.serviceFeeRate());
        }
        answer.with(prefix + "Total", option.total());
    }
}
