package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.AlipayAccountDriver;
import com.buyerjourneykit.drivers.ChannelDrivers;
import com.buyerjourneykit.drivers.Evidence;
import java.util.List;
import java.util.Optional;

/** The REST channel: the reference app's published API, which partners implement. */
public final class ApiChannel implements ChannelDrivers, Evidence {
    private final RestClient rest;

    public ApiChannel(String baseUrl) {
        this.rest = new RestClient(baseUrl);
    }

    @Override
    public String name() {
        return "api";
    }

    @Override
    public AlipayAccountDriver alipayAccount() {
        return new ApiAlipayAccountDriver(rest);
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
