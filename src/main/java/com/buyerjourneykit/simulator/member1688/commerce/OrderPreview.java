package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code alibaba.createOrder.preview} (namespace com.alibaba.trade): the order's sums in fen and
 * the trade modes it can take, refused as {@code alibaba.trade.createCrossOrder} would be. Stores nothing.
 */
final class OrderPreview extends AopTransformer {
    static final String NAME = "1688-order-preview";
    private final CommerceState state;

    OrderPreview(CommerceState state) {
        super(NAME);
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        ObjectNode preview = OrderJson.sums(OrderPricing.quote(request, state));
        preview.putArray("tradeModeNameList").add("assureTrade").add("alipay").add("bank");
        return AopReply.success("OK", preview);
    }
}
