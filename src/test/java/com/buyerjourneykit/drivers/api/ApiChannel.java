package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.AlipayCodeDriver;
import com.buyerjourneykit.drivers.AlipayProfileDriver;
import com.buyerjourneykit.drivers.ChannelDrivers;
import com.buyerjourneykit.drivers.DriverRegistry;
import com.buyerjourneykit.drivers.Evidence;
import com.buyerjourneykit.drivers.HelpContactsDriver;
import com.buyerjourneykit.drivers.JourneyDriver;
import com.buyerjourneykit.drivers.MemberAccountDriver;
import java.util.List;
import java.util.Optional;

/** The REST channel: the reference app's published API, which partners implement. One line per actor. */
public final class ApiChannel implements ChannelDrivers, Evidence {
    private final RestClient rest;
    private final DriverRegistry drivers;

    public ApiChannel(String baseUrl) {
        this.rest = new RestClient(baseUrl);
        StepCalls calls = new StepCalls(rest);
        this.drivers = new DriverRegistry()
                .provide(JourneyDriver.class, () -> new ApiJourneyDriver(calls))
                .provide(AlipayCodeDriver.class, () -> new ApiAlipayCodeDriver(calls))
                .provide(AlipayProfileDriver.class, () -> new ApiAlipayProfileDriver(calls))
                .provide(MemberAccountDriver.class, () -> new ApiMemberAccountDriver(calls))
                .provide(HelpContactsDriver.class, () -> new ApiHelpContactsDriver(rest));
    }

    static String journeyPath(String journeyId, String step) {
        return "/api/v1/journeys/" + journeyId + "/" + step;
    }

    @Override
    public String name() {
        return "api";
    }

    @Override
    public <T> Optional<T> driver(Class<T> actor) {
        return drivers.driver(actor);
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
