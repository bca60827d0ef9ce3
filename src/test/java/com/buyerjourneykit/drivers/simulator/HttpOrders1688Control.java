package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.OrderSeed;
import com.buyerjourneykit.drivers.Orders1688ControlDriver;

/** {@code POST /__admin/sim/1688/orders}: a 1688 order placed (and, unless its status says otherwise, paid) before the scenario. */
final class HttpOrders1688Control implements Orders1688ControlDriver {
    private final ControlCalls control;

    HttpOrders1688Control(ControlCalls control) {
        this.control = control;
    }

    @Override
    public String seedOrder(OrderSeed order) {
        return control.post("/1688/orders", ControlCalls.object().put("memberId", order.memberId())
                .put("offerId", order.offerId()).put("specId", order.specId()).put("quantity", order.quantity())
                .put("status", order.status())).path("orderId").asText();
    }
}
