package com.buyerjourneykit.steps;

import com.buyerjourneykit.conformance.ExclusiveResources;
import com.buyerjourneykit.conformance.ScenarioScope;
import com.buyerjourneykit.dsl.JourneyContext;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Takes and gives back the scenario's exclusive resources (conformance.ExclusiveResources), opens and closes each scenario's journey, and hands its HTTP exchanges to the report (screenshots: {@code report.JourneyReport}).
 * A scenario outside the partner's profile, or one the system cannot undergo, is skipped before it opens (conformance.ScenarioScope).
 */
public class ScenarioHooks {
    private final JourneyContext journey;
    private ExclusiveResources.Held resources;

    public ScenarioHooks(JourneyContext journey) {
        this.journey = journey;
    }

    @Before(order = 5)
    public void takeResources(Scenario scenario) {
        resources = ExclusiveResources.take(scenario.getSourceTagNames());
    }

    @Before(order = 10)
    public void begin(Scenario scenario) {
        ScenarioScope.check(scenario.getSourceTagNames());
        journey.begin(scenario.getUri());
    }

    @After(order = 10)
    public void end(Scenario scenario) {
        List<String> exchanges = journey.exchanges();
        if (!exchanges.isEmpty()) {
            String text = String.join("\n\n", exchanges);
            scenario.attach(text.getBytes(StandardCharsets.UTF_8), "text/plain", "HTTP exchanges (secrets masked)");
        }
        journey.end();
    }

    /** After the journey's end (After hooks run from the highest order down). */
    @After(order = 5)
    public void giveBackResources() {
        if (resources != null) {
            resources.giveBack();
        }
    }
}
