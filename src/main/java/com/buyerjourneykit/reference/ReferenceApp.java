package com.buyerjourneykit.reference;

import com.buyerjourneykit.reference.journey.AlipayAccountOpening;
import com.buyerjourneykit.reference.providers.AlipayGatewayClient;
import com.buyerjourneykit.reference.providers.ProviderHttp;
import com.buyerjourneykit.reference.web.WebServer;
import java.time.Duration;

/** The buyer-side reference implementation: pages in four languages and the REST API that mirrors them. */
public final class ReferenceApp implements AutoCloseable {
    private final WebServer web;

    private ReferenceApp(WebServer web) {
        this.web = web;
    }

    public static ReferenceApp start(ReferenceAppSettings settings) {
        ProviderHttp http = new ProviderHttp(Duration.ofSeconds(2), settings.providerTimeout());
        AlipayAccountOpening opening = new AlipayAccountOpening(new AlipayGatewayClient(settings.alipayUrl(), http));
        return new ReferenceApp(WebServer.start(settings.port(), opening));
    }

    public int port() {
        return web.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    @Override
    public void close() {
        web.stop();
    }
}
