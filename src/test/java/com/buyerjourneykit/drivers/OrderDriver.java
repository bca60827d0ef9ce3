package com.buyerjourneykit.drivers;

/** "Select quantity and click order", "Select cross border logistics and submit" (guide section 5), through some channel. */
public interface OrderDriver {

    /** order-preview (goodsAmount, carriage, discount, total, currency, …); places nothing. */
    Answer preview(String journeyId, OrderInput order);

    /** order-placed (orderId, status, goodsAmount, carriage, total, currency, …) or a refusal. */
    Answer order(String journeyId, OrderInput order);
}
