package com.buyerjourneykit.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import com.buyerjourneykit.architecture.fixtures.partner.JourneyOnlyOverRest;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A partner's channel that drives only part of the kit: Cucumber, on the JUnit Platform, reports a
 * scenario needing a missing actor as aborted (skipped, not failed) with "not implemented by this
 * channel: …", and still runs the scenarios the channel can drive.
 */
class PartnerChannelWithoutAnActorTest {
    private static final String CHANNEL = "bjk.channel";

    @BeforeAll
    static void aimTheSuiteAtThePartialPartner() {
        System.setProperty(CHANNEL, JourneyOnlyOverRest.class.getName());
    }

    @AfterAll
    static void forgetThePartner() {
        System.clearProperty(CHANNEL);
    }

    @Test
    void aScenarioNeedingAMissingActorIsSkippedNamingItAndTheOthersStillRun() {
        Map<String, String> results = run("@SCN-JRN-01 or @SCN-ALI-CODE-01");

        assertThat(results).containsEntry("A new journey shows the guide's steps in order and starts with the Alipay code",
                "SUCCESSFUL").containsEntry("The right code is accepted",
                "ABORTED: not applicable: not implemented by this channel: AlipayCodeDriver (partial-partner)");
    }

    /** Scenario name → its status on the JUnit Platform, with the message when it did not succeed. */
    private static Map<String, String> run(String tags) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectDirectory("features/en"))
                .configurationParameter("cucumber.glue", "com.buyerjourneykit.steps")
                .configurationParameter("cucumber.plugin", "summary")
                .configurationParameter("cucumber.filter.tags", tags).build();
        Map<String, String> results = new TreeMap<>();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    results.put(test.getDisplayName(), result.getStatus()
                            + result.getThrowable().map(problem -> ": " + problem.getMessage()).orElse(""));
                }
            }
        });
        return results;
    }
}
