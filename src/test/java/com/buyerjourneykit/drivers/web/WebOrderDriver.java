package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.OrderDriver;
import com.buyerjourneykit.drivers.OrderInput;

/** Guide section 5's order forms in the browser; the cross-border logistics is chosen from the page's list. */
final class WebOrderDriver implements OrderDriver {
    private static final String ORDERS = "1688/orders";
    private final JourneyScreens screens;

    WebOrderDriver(JourneyScreens screens) {
        this.screens = screens;
    }

    @Override
    public Answer preview(String journeyId, OrderInput order) {
        return screens.openStep(journeyId, ORDERS + "/previews").submit(order.fields());
    }

    @Override
    public Answer order(String journeyId, OrderInput order) {
        return screens.openStep(journeyId, ORDERS).submit(order.fields());
    }
}
