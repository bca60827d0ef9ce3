package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.AlipayCodeDriver;
import com.buyerjourneykit.drivers.Answer;

/** The Alipay SMS code through the reference REST API ({@code /api/v1/journeys/{id}/alipay/verification-codes…}). */
final class ApiAlipayCodeDriver implements AlipayCodeDriver {
    private final StepCalls calls;

    ApiAlipayCodeDriver(StepCalls calls) {
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
