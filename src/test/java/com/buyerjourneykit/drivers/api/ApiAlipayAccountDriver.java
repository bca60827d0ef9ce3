package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.AlipayAccountDriver;
import com.buyerjourneykit.drivers.Answer;

/** Guide section 1 through the reference REST API ({@code /api/v1/journeys/{id}/alipay/…}). */
final class ApiAlipayAccountDriver implements AlipayAccountDriver {
    private final StepCalls calls;

    ApiAlipayAccountDriver(StepCalls calls) {
        this.calls = calls;
    }

    @Override
    public Answer requestCode(String journeyId) {
        return calls.post(ApiChannel.journeyPath(journeyId, "alipay/verification-codes"), StepCalls.body());
    }

    @Override
    public Answer enterCode(String journeyId, String code) {
        return calls.post(ApiChannel.journeyPath(journeyId, "alipay/verification-codes/checks"), StepCalls.body().put("code", code));
    }
}
