package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.AddressInput;
import com.buyerjourneykit.drivers.AlipayProfileDriver;
import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.IdentityInput;
import com.buyerjourneykit.drivers.PersonalDetailsInput;

/** Identity, address and personal details through the reference REST API ({@code /api/v1/journeys/{id}/alipay/…}). */
final class ApiAlipayProfileDriver implements AlipayProfileDriver {
    private final StepCalls calls;

    ApiAlipayProfileDriver(StepCalls calls) {
        this.calls = calls;
    }

    @Override
    public Answer verifyIdentity(String journeyId, IdentityInput identity) {
        return calls.post(ApiChannel.journeyPath(journeyId, "alipay/identity"), StepCalls.body(identity));
    }

    @Override
    public Answer registerAddress(String journeyId, AddressInput address) {
        return calls.post(ApiChannel.journeyPath(journeyId, "alipay/address"), StepCalls.body(address));
    }

    @Override
    public Answer completePersonalDetails(String journeyId, PersonalDetailsInput details) {
        return calls.post(ApiChannel.journeyPath(journeyId, "alipay/personal-details"), StepCalls.body(details));
    }
}
