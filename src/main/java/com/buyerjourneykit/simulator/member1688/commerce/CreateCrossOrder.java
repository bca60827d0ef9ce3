package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code alibaba.trade.createCrossOrder} (ORD-06): a cross-border order, with its logistics
 * solution, waiting for payment ({@code waitbuyerpay}). Refused calls store nothing.
 */
final class CreateCrossOrder extends AopTransformer {
    static final String NAME = "1688-create-cross-order";
    private final CommerceState state;

    CreateCrossOrder(CommerceState state) {
        super(NAME);
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        OrderQuote quote = OrderPricing.quote(request, state);
        BuyerAccount buyer = state.buyer(quote.form().memberId());
        Order order = state.orders().add(buyer.memberId(), quote, state.clock().nowFor(buyer.mobile()));
        ObjectNode result = OrderJson.order(order).put("totalSuccessAmount", quote.totalFen()).put("postFee", quote.carriageFen());
        result.putArray("failedOfferList");
        return AopReply.success("Order created", result);
    }
}
