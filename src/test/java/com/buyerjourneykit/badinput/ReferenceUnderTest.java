package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.badinput.AppEndpoint.Journey;
import com.buyerjourneykit.reference.ReferenceApp;
import com.buyerjourneykit.reference.ReferenceAppSettings;
import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A real simulator and reference app on a database of their own, with the journeys the bad input
 * is sent to, brought to steps whose good answer no longer changes when it is sent again.
 */
final class ReferenceUnderTest implements AutoCloseable {
    private final Simulator simulator;
    private final ReferenceApp app;
    private final Probe appProbe;
    private final Probe simulatorProbe;
    private static final String DATABASE = "jdbc:h2:mem:bad-input;DB_CLOSE_DELAY=-1";
    private static final String WORLD_ACCOUNT_MOBILE = "120004004";
    private final Map<Journey, String> journeys = new EnumMap<>(Journey.class);

    private ReferenceUnderTest(Simulator simulator, ReferenceApp app) {
        this.simulator = simulator;
        this.app = app;
        this.appProbe = new Probe(app.baseUrl());
        this.simulatorProbe = new Probe(simulator.baseUrl());
    }

    static ReferenceUnderTest start() {
        Simulator simulator = Simulator.start(0, Path.of("stubs"));
        ReferenceApp app = ReferenceApp.start(ReferenceAppSettings.forSimulator(simulator.baseUrl()).withDatabase(DATABASE));
        ReferenceUnderTest running = new ReferenceUnderTest(simulator, app);
        running.prepareJourneys();
        return running;
    }

    Probe app() {
        return appProbe;
    }

    /**
     * What a browser that opened a page holds: the form-token cookie (once the app issues one) and
     * the same token for each form's hidden {@code _csrf} field; empty when the app issues none.
     */
    FormTokens formTokens() {
        return FormTokens.of(appProbe.send(Shot.get("/en/")).cookies());
    }

    String journey(Journey role) {
        return journeys.getOrDefault(role, "");
    }

    private void prepareJourneys() {
        journeys.put(Journey.ALIPAY_DONE, alipayComplete(AppEndpoints.FIRST_BUYER));
        journeys.put(Journey.REGISTERING, start("120004002"));
        journeys.put(Journey.LINKING, start("120004003"));
        Reply seeded = simulatorProbe.send(Shot.post("/__admin/sim/1688/members", Shot.JSON, "{\"memberName\":\""
                + AppEndpoints.MEMBER_NAME + "\",\"password\":\"" + AppEndpoints.MEMBER_PASSWORD
                + "\",\"countryCode\":\"+60\",\"mobile\":\"120004003\",\"verified\":false}"));
        assertThat(seeded.status()).as("seeding the member: %s", seeded).isEqualTo(200);
        String opened = start(WORLD_ACCOUNT_MOBILE);
        new OpenedWorldAccount(simulatorProbe, DATABASE).openFor(opened, WORLD_ACCOUNT_MOBILE);
        journeys.put(Journey.WORLD_ACCOUNT_OPENED, opened);
        journeys.put(Journey.SIGNED_IN_TO_1688, signedInTo1688(Commerce1688Endpoints.BUYER));
    }

    /** A journey signed in to 1688 with a verified member, as section 2 records it. */
    private String signedInTo1688(String mobile) {
        String journey = start(mobile);
        String member = "fuzz_orders_" + mobile;
        Reply seeded = simulatorProbe.send(Shot.post("/__admin/sim/1688/members", Shot.JSON, "{\"memberName\":\"" + member
                + "\",\"password\":\"" + AppEndpoints.MEMBER_PASSWORD + "\",\"countryCode\":\"+60\",\"mobile\":\"" + mobile
                + "\",\"verified\":true}"));
        assertThat(seeded.status()).as("seeding the 1688 buyer: %s", seeded).isEqualTo(200);
        expect(200, Shot.post(step(journey, "1688/existing-account"), Shot.JSON, "{\"memberName\":\"" + member
                + "\",\"password\":\"" + AppEndpoints.MEMBER_PASSWORD + "\"}"));
        return journey;
    }

    private String alipayComplete(String mobile) {
        String journey = start(mobile);
        expect(201, Shot.post(step(journey, "alipay/verification-codes"), Shot.JSON, "{}"));
        Reply inbox = simulatorProbe.send(Shot.get("/__admin/sim/sms-inbox/+60" + mobile));
        String code = inbox.json().path("messages").path(0).path("code").asText();
        expect(200, Shot.post(step(journey, "alipay/verification-codes/checks"), Shot.JSON, "{\"code\":\"" + code + "\"}"));
        for (AppEndpoint endpoint : AppEndpoints.ALL) {
            if (endpoint.path().contains("/alipay/") && endpoint.journey() == Journey.ALIPAY_DONE && !endpoint.path().contains("verification")) {
                expect(200, Shot.post(endpoint.api(journey), Shot.JSON, JsonText.object(
                        new java.util.ArrayList<>(endpoint.body().entrySet()))));
            }
        }
        return journey;
    }

    private String start(String mobile) {
        Reply started = expect(201, Shot.post("/api/v1/journeys", Shot.JSON, "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}"));
        return started.json().path("journeyId").asText();
    }

    private static String step(String journey, String path) {
        return "/api/v1/journeys/" + journey + "/" + path;
    }

    private Reply expect(int status, Shot shot) {
        Reply reply = appProbe.send(shot);
        assertThat(reply.status()).as("preparing the journeys: %s gave %s", shot, reply).isEqualTo(status);
        return reply;
    }

    @Override
    public void close() {
        app.close();
        simulator.close();
    }
}
