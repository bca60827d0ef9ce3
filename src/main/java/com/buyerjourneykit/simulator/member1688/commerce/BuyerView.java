package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** {@code alibaba.trade.get.buyerView}: {@code memberId}, {@code orderId} → the order, its status and payment. */
final class BuyerView extends AopTransformer {
    static final String NAME = "1688-trade-buyer-view";
    private final CommerceState state;

    BuyerView(CommerceState state) {
        super(NAME);
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        String memberId = request.identifier("memberId");
        String orderId = request.identifier("orderId");
        state.buyer(memberId);
        return AopReply.success("OK", OrderJson.order(state.orders().of(memberId, orderId)));
    }
}
