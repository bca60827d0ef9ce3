package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.OrderDriver;
import com.buyerjourneykit.drivers.OrderInput;

/** Guide section 5's order ({@code …/1688/orders}, {@code …/1688/orders/previews}) over REST. */
final class ApiOrderDriver implements OrderDriver {
    private static final String ORDERS = "1688/orders";
    private final StepCalls calls;

    ApiOrderDriver(StepCalls calls) {
        this.calls = calls;
    }

    @Override
    public Answer preview(String journeyId, OrderInput order) {
        return calls.post(ApiChannel.journeyPath(journeyId, ORDERS + "/previews"), WholeNumberBody.of(order, OrderInput.WHOLE_NUMBERS));
    }

    @Override
    public Answer order(String journeyId, OrderInput order) {
        return calls.post(ApiChannel.journeyPath(journeyId, ORDERS), WholeNumberBody.of(order, OrderInput.WHOLE_NUMBERS));
    }
}
