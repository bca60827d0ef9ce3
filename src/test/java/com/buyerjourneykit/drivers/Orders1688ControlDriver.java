package com.buyerjourneykit.drivers;

/** Orders that exist at the simulated 1688.com before the scenario, as if the buyer had placed (and paid) them. */
public interface Orders1688ControlDriver {

    /** {@code POST /__admin/sim/1688/orders}; answers the order's ID. */
    String seedOrder(OrderSeed order);
}
