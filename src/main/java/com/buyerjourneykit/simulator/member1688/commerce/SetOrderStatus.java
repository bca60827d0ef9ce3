package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/1688/order-states {"orderId","status"}}: moves an order to a status
 * (the seller shipped, the buyer confirmed, the order was closed…); answers {@code {"orderId","status"}}.
 */
final class SetOrderStatus extends JsonControlTask {
    private final CommerceState state;

    SetOrderStatus(CommerceState state) {
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        Order order = ControlOrder.of(body, state);
        OrderStatus status = OrderStatus.of(body.text("status")).orElseThrow(() -> new InvalidControlField("status", "one-of",
                "status must be one of " + OrderStatus.codes()));
        order.moveTo(status);
        return Replies.json(200, SimulatorJson.object().put("orderId", order.orderId()).put("status", status.code()));
    }
}
