package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.OrderSeed;
import com.buyerjourneykit.drivers.Orders1688ControlDriver;

/** 1688 orders the buyer placed before the scenario, set up at the simulated 1688.com under the buyer's member. */
public final class Orders1688ControlDsl {
    private final JourneyContext journey;
    private final OrderRecords records;

    public Orders1688ControlDsl(JourneyContext journey, OrderRecords records) {
        this.journey = journey;
        this.records = records;
    }

    /** An order of one line, paid (waiting for shipment) or still waiting for payment, named {@code alias} in the scenario. */
    public void placed(String alias, String offerId, String specId, int quantity, boolean paid) {
        String memberId = records.memberId().orElseThrow(() -> new IllegalStateException("The buyer has no 1688 member yet"));
        OrderSeed order = new OrderSeed(memberId, offerId, specId, quantity, paid ? OrderSeed.PAID : OrderSeed.WAITING_FOR_PAYMENT);
        records.orderPlaced(alias, journey.control(Orders1688ControlDriver.class).seedOrder(order));
    }
}
