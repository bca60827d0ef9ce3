package com.buyerjourneykit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In a journey run the hooks leave the report and what they attached moves up to the scenario; elsewhere nothing changes. */
class GuideOnlyFixturesTest {
    private static final Attachment EXCHANGES = new Attachment().setName("HTTP exchanges (secrets masked)").setSource("x.txt");

    @Test
    void aHooksAttachmentMovesToTheScenarioAndTheHookLeaves() {
        GuideOnlyFixtures listener = new GuideOnlyFixtures(() -> true);
        FixtureResult hook = new FixtureResult().setName("ScenarioHooks.end(io.cucumber.java.Scenario)")
                .setAttachments(new ArrayList<>(List.of(EXCHANGES)));
        TestResult scenario = new TestResult();
        TestResultContainer container = new TestResultContainer().setAfters(new ArrayList<>(List.of(hook)));

        listener.beforeFixtureStop(hook);
        listener.beforeTestWrite(scenario);
        listener.beforeContainerWrite(container);

        assertThat(scenario.getAttachments()).containsExactly(EXCHANGES);
        assertThat(container.getAfters()).isEmpty();
        assertThat(hook.getAttachments()).isEmpty();
    }

    @Test
    void outsideAJourneyRunTheFixturesStay() {
        GuideOnlyFixtures listener = new GuideOnlyFixtures(() -> false);
        FixtureResult setUp = new FixtureResult().setName("setUp()").setAttachments(new ArrayList<>(List.of(EXCHANGES)));
        TestResult test = new TestResult();
        TestResultContainer container = new TestResultContainer().setBefores(new ArrayList<>(List.of(setUp)));

        listener.beforeFixtureStop(setUp);
        listener.beforeTestWrite(test);
        listener.beforeContainerWrite(container);

        assertThat(container.getBefores()).containsExactly(setUp);
        assertThat(setUp.getAttachments()).containsExactly(EXCHANGES);
        assertThat(test.getAttachments()).isEmpty();
    }
}
