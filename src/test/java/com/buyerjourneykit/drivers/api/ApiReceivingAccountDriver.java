package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ReceivingAccountDriver;
import com.buyerjourneykit.drivers.ReceivingAccountInput;

/** Receiving accounts and balances through the reference REST API ({@code …/worldfirst/receiving-accounts…}, {@code /api/v1/worldfirst/balances}). */
final class ApiReceivingAccountDriver implements ReceivingAccountDriver {
    private static final String RECEIVING_ACCOUNTS = "worldfirst/receiving-accounts";
    private final StepCalls calls;

    ApiReceivingAccountDriver(StepCalls calls) {
        this.calls = calls;
    }

    @Override
    public Answer preview(String journeyId, ReceivingAccountInput account) {
        return calls.post(ApiChannel.journeyPath(journeyId, RECEIVING_ACCOUNTS + "/previews"), StepCalls.body(account));
    }

    @Override
    public Answer create(String journeyId, ReceivingAccountInput account) {
        return calls.post(ApiChannel.journeyPath(journeyId, RECEIVING_ACCOUNTS), StepCalls.body(account));
    }

    @Override
    public Answer balances(String journeyId) {
        return calls.get(ApiChannel.viewPath("worldfirst/balances", journeyId));
    }
}
