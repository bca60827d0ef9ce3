package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.AlipayAccountDriver;
import com.buyerjourneykit.drivers.ChannelDrivers;
import com.buyerjourneykit.drivers.Evidence;
import com.buyerjourneykit.drivers.JourneyDriver;
import com.buyerjourneykit.drivers.MemberAccountDriver;
import java.util.List;
import java.util.Optional;

/** The REST channel: the reference app's published API, which partners implement. */
public final class ApiChannel implements ChannelDrivers, Evidence {
    private final RestClient rest;
    private final StepCalls calls;

    public ApiChannel(String baseUrl) {
        this.rest = new RestClient(baseUrl);
        this.calls = new StepCalls(rest);
    }

    static String journeyPath(String journeyId, String step) {
        return "/api/v1/journeys/" + journeyId + "/" + step;
    }

    @Override
    public String name() {
        return "api";
    }

    @Override
    public JourneyDriver journey() {
        return new ApiJourneyDriver(calls);
    }

    @Override
    public AlipayAccountDriver alipayAccount() {
        return new ApiAlipayAccountDriver(calls);
    }

    @Override
    public MemberAccountDriver memberAccount() {
        return new ApiMemberAccountDriver(calls);
    }

    @Override
    public Evidence evidence() {
        return this;
    }

    @Override
    public Optional<byte[]> screenshot() {
        return Optional.empty();
    }

    @Override
    public List<String> exchanges() {
        return rest.exchanges();
    }

    @Override
    public void close() {
        // the HTTP client is shared by all scenarios
    }
}
