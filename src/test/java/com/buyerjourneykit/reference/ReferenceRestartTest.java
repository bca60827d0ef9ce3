package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * JRN-04 for real: the app is stopped (its database closed) and started again on the same file;
 * the buyer's journey is still there, at the step where they stopped.
 */
class ReferenceRestartTest {
    private static final String FILE = "jdbc:h2:file:./target/reference-db/restart-test-" + System.nanoTime();

    @Test
    void aJourneySurvivesAStopAndAStartOnTheSameDatabase() {
        try (Simulator simulator = Simulator.start(0, Path.of("stubs"))) {
            String journeyId;
            try (ReferenceApp first = start(simulator)) {
                journeyId = new ReferenceJourneys(first, simulator, FILE, 123_460_000).journeyWithCode();
            }
            try (ReferenceApp second = start(simulator)) {
                String progress = JsonHttp.get(second.baseUrl() + "/api/v1/journeys/" + journeyId).body();
                assertThat(progress).contains("\"next\":\"alipay-identity\"");
            }
        }
    }

    private static ReferenceApp start(Simulator simulator) {
        return ReferenceApp.start(ReferenceAppSettings.forSimulator(simulator.baseUrl()).withDatabase(FILE));
    }
}
