package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.CodeRequestInput;
import com.buyerjourneykit.drivers.WorldAccountDriver;
import com.buyerjourneykit.drivers.WorldAccountInput;

/** Guide section 3 through the reference REST API ({@code /api/v1/journeys/{id}/worldfirst/world-account…}). */
final class ApiWorldAccountDriver implements WorldAccountDriver {
    private static final String WORLD_ACCOUNT = "worldfirst/world-account";
    private final StepCalls calls;

    ApiWorldAccountDriver(StepCalls calls) {
        this.calls = calls;
    }

    @Override
    public Answer requestCode(String journeyId, CodeRequestInput request) {
        return calls.post(ApiChannel.journeyPath(journeyId, WORLD_ACCOUNT + "/verification-codes"), StepCalls.body(request));
    }

    @Override
    public Answer open(String journeyId, WorldAccountInput account) {
        return calls.post(ApiChannel.journeyPath(journeyId, WORLD_ACCOUNT), StepCalls.body(account));
    }
}
