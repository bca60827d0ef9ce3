package com.buyerjourneykit.reference;

import com.buyerjourneykit.reference.journey.AlipayAccountCompletion;
import com.buyerjourneykit.reference.journey.AlipayAccountOpening;
import com.buyerjourneykit.reference.journey.ExistingMemberAccount;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.MemberAccountOpening;
import com.buyerjourneykit.reference.journey.MemberAccounts;
import com.buyerjourneykit.reference.journey.MemberAlipayVerification;
import com.buyerjourneykit.reference.providers.AlipayGatewayClient;
import com.buyerjourneykit.reference.providers.Member1688Client;
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
        MemberAccounts member1688 = new Member1688Client(settings.member1688Url(), settings.member1688AppKey(),
                settings.member1688AppSecret(), http);
        WebServer.Services services = new WebServer.Services(journeys, alipay, completion,
                new MemberAccountOpening(member1688, journeys), new ExistingMemberAccount(member1688, journeys),
                new MemberAlipayVerification(member1688, journeys));
        return new ReferenceApp(WebServer.start(settings.port(), services), database);
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
