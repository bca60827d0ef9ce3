package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.AddressInput;
import com.buyerjourneykit.drivers.AlipayAccountDriver;
import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.FormInput;
import com.buyerjourneykit.drivers.IdentityInput;
import com.buyerjourneykit.drivers.PersonalDetailsInput;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    @Override
    public Answer verifyIdentity(String journeyId, IdentityInput identity) {
        return calls.post(ApiChannel.journeyPath(journeyId, "alipay/identity"), body(identity));
    }

    @Override
    public Answer registerAddress(String journeyId, AddressInput address) {
        return calls.post(ApiChannel.journeyPath(journeyId, "alipay/address"), body(address));
    }

    @Override
    public Answer completePersonalDetails(String journeyId, PersonalDetailsInput details) {
        return calls.post(ApiChannel.journeyPath(journeyId, "alipay/personal-details"), body(details));
    }

    /** What the buyer typed, as JSON strings; a field left empty is left out. */
    private static ObjectNode body(FormInput input) {
        ObjectNode body = StepCalls.body();
        input.fields().forEach(body::put);
        return body;
    }
}
