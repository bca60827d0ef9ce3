package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.buyerjourneykit.simulator.member1688.Refusal;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code alibaba.trade.pay} (simulated cashier, PAY-01..07): {@code memberId, orderId, payWay,
 * paymentPassword, requestId}. One payment per order: the whole step runs under the order's lock;
 * the same request id answers the first success again, another id {@code ORDER_ALREADY_PAID}; the
 * World Pay debit is idempotent by the order, so WorldFirst never takes the money twice either.
 */
final class TradePay extends AopTransformer {
    static final String NAME = "1688-trade-pay";
    private final CommerceState state;
    private final Cashier cashier;

    TradePay(CommerceState state, Cashier cashier) {
        super(NAME);
        this.state = state;
        this.cashier = cashier;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        PayForm form = PayForm.read(request);
        BuyerAccount buyer = state.buyer(form.memberId());
        Order order = state.orders().of(form.memberId(), form.orderId());
        Payment payment = cashier.pay(order, buyer, form);
        if (state.unknownOutcomes().remove(order.orderId())) {
            throw new Refusal("PAYMENT_RESULT_UNKNOWN", "The payment's result is unknown: query the order, or retry with the same requestId");
        }
        return AopReply.success("Payment completed", PaymentJson.of(order, payment));
    }
}
