package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code alibaba.trade.payWay.query}: {@code memberId}, {@code orderId} → the methods the cashier
 * offers, each with its fee breakdown in fen (PAY-06), and the PAY-03 reasons 跨境宝 is missing.
 */
final class PayWayQuery extends AopTransformer {
    static final String NAME = "1688-trade-payway-query";
    private final CommerceState state;
    private final Checkout checkout;

    PayWayQuery(CommerceState state, Checkout checkout) {
        super(NAME);
        this.state = state;
        this.checkout = checkout;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        String memberId = request.identifier("memberId");
        String orderId = request.identifier("orderId");
        BuyerAccount buyer = state.buyer(memberId);
        Order order = state.orders().of(memberId, orderId);
        return AopReply.success("OK", CheckoutJson.of(order, checkout.options(order, buyer)));
    }
}
