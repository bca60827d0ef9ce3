package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.member1688.Refusal;

/** The order a commerce control call names: {@code orderId}, which must exist (any member's). */
final class ControlOrder {
    private ControlOrder() {
    }

    static Order of(ControlBody body, CommerceState state) {
        String orderId = body.text("orderId");
        try {
            return state.orders().any(orderId);
        } catch (Refusal unknown) {
            throw new InvalidControlField("orderId", "known-order", "orderId names no order");
        }
    }
}
