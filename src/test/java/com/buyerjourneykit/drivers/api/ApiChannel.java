package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.AlipayCodeDriver;
import com.buyerjourneykit.drivers.AlipayProfileDriver;
import com.buyerjourneykit.drivers.CheckoutDriver;
import com.buyerjourneykit.drivers.CurrencyConversionDriver;
import com.buyerjourneykit.drivers.ChannelDrivers;
import com.buyerjourneykit.drivers.DriverRegistry;
import com.buyerjourneykit.drivers.Evidence;
import com.buyerjourneykit.drivers.HelpContactsDriver;
import com.buyerjourneykit.drivers.JourneyDriver;
import com.buyerjourneykit.drivers.MemberAccountDriver;
import com.buyerjourneykit.drivers.OrderDriver;
import com.buyerjourneykit.drivers.ProductSearchDriver;
import com.buyerjourneykit.drivers.MyOrdersDriver;
import com.buyerjourneykit.drivers.ReceivingAccountDriver;
import com.buyerjourneykit.drivers.SelfBilledInvoiceDriver;
import com.buyerjourneykit.drivers.WorldAccountDriver;
import com.buyerjourneykit.drivers.WorldPayAuthorisationDriver;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
                .provide(HelpContactsDriver.class, () -> new ApiHelpContactsDriver(rest))
                .provide(WorldAccountDriver.class, () -> new ApiWorldAccountDriver(calls))
                .provide(WorldPayAuthorisationDriver.class, () -> new ApiWorldPayAuthorisationDriver(calls))
                .provide(ReceivingAccountDriver.class, () -> new ApiReceivingAccountDriver(calls))
                .provide(CurrencyConversionDriver.class, () -> new ApiCurrencyConversionDriver(calls))
                .provide(ProductSearchDriver.class, () -> new ApiProductSearchDriver(rest))
                .provide(OrderDriver.class, () -> new ApiOrderDriver(calls))
                .provide(CheckoutDriver.class, () -> new ApiCheckoutDriver(rest))
                .provide(MyOrdersDriver.class, () -> new ApiMyOrdersDriver(rest, calls))
                .provide(SelfBilledInvoiceDriver.class, () -> new ApiSelfBilledInvoiceDriver(calls));
    }

    static String journeyPath(String journeyId, String step) {
        return "/api/v1/journeys/" + journeyId + "/" + step;
    }

    /** A read-only view of one journey: {@code /api/v1/<view>?journeyId=…}. */
    static String viewPath(String view, String journeyId) {
        return "/api/v1/" + view + "?journeyId=" + URLEncoder.encode(journeyId, StandardCharsets.UTF_8);
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
