package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.member1688.Refusal;
import com.buyerjourneykit.simulator.published.WorldPayDebitOutcome;
import com.buyerjourneykit.simulator.published.WorldPayDebits;

/**
 * Pays one order, once. Checks in this order: already paid (same request id: the payment again),
 * still waiting for payment, the method offered, the payment password, then the money: World Pay
 * takes order + fees from the World Account's CNH balance (PAY-05), a card or Alipay always succeed.
 */
final class Cashier {
    private final CommerceState state;
    private final Checkout checkout;
    private final ProviderDirectory directory;

    Cashier(CommerceState state, Checkout checkout, ProviderDirectory directory) {
        this.state = state;
        this.checkout = checkout;
        this.directory = directory;
    }

    Payment pay(Order order, BuyerAccount buyer, PayForm form) {
        synchronized (order) {
            if (order.payment().isPresent()) {
                return samePaymentOrRefuse(order.payment().get(), form);
            }
            if (order.status() != OrderStatus.WAIT_BUYER_PAY) {
                throw new Refusal("ORDER_NOT_PAYABLE", "The order is " + order.status().code() + ", not waiting for payment");
            }
            CheckoutOptions options = checkout.options(order, buyer);
            FeeBreakdown fees = options.offered().get(form.payWay());
            if (fees == null) {
                throw notOffered(form.payWay(), options);
            }
            state.paymentPasswords().check(buyer.memberId(), form.paymentPassword());
            if (form.payWay() == PayWay.CROSS_BORDER_PAY) {
                debitWorldPay(order, buyer, fees);
            }
            Payment payment = new Payment("pay-" + order.orderId(), form.requestId(), form.payWay(), fees,
                    state.clock().nowFor(buyer.mobile()));
            order.paid(payment);
            return payment;
        }
    }

    private static Payment samePaymentOrRefuse(Payment payment, PayForm form) {
        if (payment.requestId().equals(form.requestId())) {
            return payment;
        }
        throw new Refusal("ORDER_ALREADY_PAID", "The order is already paid (payment " + payment.paymentId() + ")");
    }

    private void debitWorldPay(Order order, BuyerAccount buyer, FeeBreakdown fees) {
        String worldPayId = checkout.worldPayId(buyer).orElseThrow(() -> notActivated());
        WorldPayDebitOutcome outcome = directory.view(WorldPayDebits.class)
                .debit(worldPayId, "1688-order-" + order.orderId(), fees.totalFen());
        if (outcome == WorldPayDebitOutcome.BALANCE_NOT_ENOUGH) {
            throw new Refusal("BALANCE_NOT_ENOUGH", "The World Account's CNH balance does not cover the order and its fees")
                    .with("requiredAmount", fees.totalFen());
        }
        if (outcome == WorldPayDebitOutcome.NOT_AUTHORISED) {
            throw notActivated();
        }
        if (outcome == WorldPayDebitOutcome.UNAVAILABLE) {
            // Nothing is recorded here: the same requestId later debits under the same id, which WorldFirst takes once.
            throw new Refusal("PAYMENT_RESULT_UNKNOWN", "World Pay did not answer: query the order, or retry with the same requestId");
        }
    }

    private static Refusal notActivated() {
        return new Refusal("WORLD_PAY_NOT_ACTIVATED", WorldPayReason.WORLD_PAY_NOT_ACTIVATED.message());
    }

    private static Refusal notOffered(PayWay way, CheckoutOptions options) {
        String why = way == PayWay.CROSS_BORDER_PAY
                ? ": " + String.join(", ", options.worldPayReasons().stream().map(Enum::name).toList())
                : ": Alipay is offered in some regions only";
        return new Refusal("PAY_WAY_NOT_OFFERED", way.code() + " is not offered for this order" + why);
    }
}
