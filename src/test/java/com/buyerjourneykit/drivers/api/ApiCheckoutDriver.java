package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.CheckoutDriver;
import com.buyerjourneykit.drivers.PaymentInput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Guide section 6's checkout ({@code /api/v1/1688/checkout}) and payment ({@code …/1688/payments}) over REST. */
final class ApiCheckoutDriver implements CheckoutDriver {
    private final RestClient rest;

    ApiCheckoutDriver(RestClient rest) {
        this.rest = rest;
    }

    /** What the buyer is told about each reason World Pay is not offered, as {@code reason.<code>}. */
    @Override
    public Answer checkout(String journeyId, String orderId) {
        RestClient.Reply reply = rest.get(ApiChannel.viewPath("1688/checkout", journeyId) + "&orderId="
                + URLEncoder.encode(orderId, StandardCharsets.UTF_8));
        return RowFacts.add(StepCalls.answer(reply), reply.body().path("reasons"), "reason", "code", "message");
    }

    @Override
    public Answer pay(String journeyId, PaymentInput payment) {
        return StepCalls.answer(rest.post(ApiChannel.journeyPath(journeyId, "1688/payments"), StepCalls.body(payment)));
    }
}
