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
        Catalogue catalogue = state.catalogue();
        OrderForm form = OrderForm.read(request, catalogue);
        BuyerAccount buyer = state.buyer(form.memberId());
        OrderQuote quote = OrderPricing.quote(form, catalogue);
        Order order = state.orders().add(buyer.memberId(), quote, state.clock().nowFor(buyer.mobile()));
        ObjectNode result = OrderJson.order(order).put("totalSuccessAmount", quote.totalFen()).put("postFee", quote.carriageFen());
        result.putArray("failedOfferList");
        return AopReply.success("Order created", result);
    }
}
