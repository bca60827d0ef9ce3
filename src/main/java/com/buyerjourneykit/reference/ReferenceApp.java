package com.buyerjourneykit.reference;

import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.sections.GuideSections;
import com.buyerjourneykit.reference.sections.SectionContext;
import com.buyerjourneykit.reference.store.Database;
import com.buyerjourneykit.reference.store.JdbcJourneyStore;
import com.buyerjourneykit.reference.web.WebServer;

/**
 * The buyer-side reference implementation: pages in four languages and the REST API that mirrors
 * them, made of the guide sections registered in {@link GuideSections}.
 */
public final class ReferenceApp implements AutoCloseable {
    private final WebServer web;
    private final Database database;

    private ReferenceApp(WebServer web, Database database) {
        this.web = web;
        this.database = database;
    }

    public static ReferenceApp start(ReferenceAppSettings settings) {
        Database database = Database.open(settings.database());
        Journeys journeys = new Journeys(new JdbcJourneyStore(database.dataSource()), GuideSections.steps());
        SectionContext context = SectionContext.of(settings, journeys);
        WebServer web = WebServer.start(settings.bindAddress(), settings.port(), journeys, GuideSections.routes(context), GuideSections.messageBundles());
        return new ReferenceApp(web, database);
    }

    public int port() {
        return web.port();
    }

    /** Where the app listens, as a URL: loopback unless another address was asked for. */
    public String baseUrl() {
        return "http://" + host() + ":" + port();
    }

    private String host() {
        String address = web.host();
        return "0.0.0.0".equals(address) || "::".equals(address) ? "localhost" : address;
    }

    @Override
    public void close() {
        web.stop();
        database.close();
    }
}
