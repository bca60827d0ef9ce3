package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.JourneyDriver;
import com.buyerjourneykit.drivers.PhoneInput;

/** {@code POST /api/v1/journeys} and {@code GET /api/v1/journeys/{id}}. */
final class ApiJourneyDriver implements JourneyDriver {
    private final StepCalls calls;

    ApiJourneyDriver(StepCalls calls) {
        this.calls = calls;
    }

    @Override
    public Answer start(PhoneInput phone) {
        return calls.post("/api/v1/journeys", StepCalls.body().put("countryCode", phone.countryCode()).put("mobile", phone.mobile()));
    }

    @Override
    public Answer progress(String journeyId) {
        return calls.get("/api/v1/journeys/" + journeyId);
    }
}
