package com.buyerjourneykit.reference;

import com.buyerjourneykit.reference.journey.AlipayAccountCompletion;
import com.buyerjourneykit.reference.journey.AlipayAccountOpening;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.providers.AlipayGatewayClient;
import com.buyerjourneykit.reference.providers.ProviderHttp;
import com.buyerjourneykit.reference.store.Database;
import com.buyerjourneykit.reference.store.JdbcJourneyStore;
import com.buyerjourneykit.reference.web.WebServer;
import java.time.Clock;
import java.time.Duration;

/** The buyer-side reference implementation: pages in four languages and the REST API that mirrors them. */
public final class ReferenceApp implements AutoCloseable {
    private final WebServer web;
    private final Database database;

    private ReferenceApp(WebServer web, Database database) {
        this.web = web;
        this.database = database;
    }

    public static ReferenceApp start(ReferenceAppSettings settings) {
        Database database = Database.open(settings.databaseUrl());
        ProviderHttp http = new ProviderHttp(Duration.ofSeconds(2), settings.providerTimeout());
        Journeys journeys = new Journeys(new JdbcJourneyStore(database.dataSource()));
        AlipayGatewayClient alipayGateway = new AlipayGatewayClient(settings.alipayUrl(), http);
        AlipayAccountOpening alipay = new AlipayAccountOpening(alipayGateway, journeys);
        AlipayAccountCompletion completion = new AlipayAccountCompletion(alipayGateway, journeys, Clock.systemUTC());
        return new ReferenceApp(WebServer.start(settings.port(), new WebServer.Services(journeys, alipay, completion)), database);
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
        database.close();
    }
}
