package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.ReferenceApp;
import com.buyerjourneykit.reference.ReferenceAppSettings;
import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Posts the app could not read at all answered HTTP 500 (found by the bad-input generator): a
 * charset nobody knows ({@code charset=nonsense}) on REST and pages, and a page post declared
 * multipart. Now they are refused as bad input naming Content-Type and the rule.
 */
class UnreadablePostsTest {
    private static Simulator simulator;
    private static ReferenceApp app;
    private static Probe probe;
    private static FormTokens browser;

    @BeforeAll
    static void start() {
        simulator = Simulator.start(0, Path.of("stubs"));
        app = ReferenceApp.start(ReferenceAppSettings.forSimulator(simulator.baseUrl())
                .withDatabase("jdbc:h2:mem:unreadable-posts;DB_CLOSE_DELAY=-1"));
        probe = new Probe(app.baseUrl());
        browser = FormTokens.of(probe.send(Shot.get("/en/")).cookies());
    }

    @AfterAll
    static void stop() {
        app.close();
        simulator.close();
    }

    @Test
    void aRestPostInAnUnknownCharsetNamesContentType() {
        Reply reply = probe.send(Shot.post("/api/v1/journeys", "application/json; charset=nonsense",
                "{\"countryCode\":\"+60\",\"mobile\":\"120009001\"}"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("field").asText()).isEqualTo("Content-Type");
        assertThat(reply.json().path("rule").asText()).isEqualTo("known-charset");
    }

    @Test
    void aPagePostInAnUnknownCharsetNamesContentType() {
        Reply reply = probe.send(browser.sentBy(Shot.post("/en/journeys", "application/x-www-form-urlencoded; charset=nonsense",
                BadForm.encoded(browser.in(List.of(Map.entry("countryCode", "+60"), Map.entry("mobile", "120009002")))))));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("rule").asText()).isEqualTo("known-charset");
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data; boundary=x", "text/plain", "application/json"})
    void aPagePostThatIsNoUrlEncodedFormIsRefusedAsItsType(String type) {
        Reply reply = probe.send(browser.sentBy(Shot.post("/en/journeys", type,
                BadForm.encoded(browser.in(List.of(Map.entry("countryCode", "+60"), Map.entry("mobile", "120009003")))))));

        assertThat(reply.status()).as("%s", reply).isEqualTo(415);
        assertThat(reply.json().path("field").asText()).isEqualTo("Content-Type");
        assertThat(reply.json().path("rule").asText()).isEqualTo("application/x-www-form-urlencoded");
    }
}
