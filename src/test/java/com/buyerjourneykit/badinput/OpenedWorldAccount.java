package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.StepStatus;
import com.buyerjourneykit.reference.sections.GuideSections;
import com.buyerjourneykit.reference.sections.topup.TopUpSteps;
import com.buyerjourneykit.reference.sections.worldaccount.WorldAccountSteps;
import com.buyerjourneykit.reference.store.JdbcJourneyStore;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A journey whose World Account is open: seeded in the simulated WorldFirst and recorded as section 3
 * records it (the step's reference is the World Account id), every later step before the top-up done,
 * so sections 3 and 4A answer "done" or a stable refusal and 4B answers as for a buyer ready to top up.
 */
final class OpenedWorldAccount {
    private final Probe simulator;
    private final JdbcJourneyStore store;

    OpenedWorldAccount(Probe simulator, String jdbcUrl) {
        this.simulator = simulator;
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser("sa");
        this.store = new JdbcJourneyStore(dataSource);
    }

    void openFor(String journeyId, String mobile) {
        Reply seeded = simulator.send(Shot.post("/__admin/sim/worldfirst/world-accounts", Shot.JSON,
                "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}"));
        assertThat(seeded.status()).as("seeding the World Account: %s", seeded).isEqualTo(200);
        store.record(journeyId, WorldAccountSteps.WORLD_ACCOUNT, StepStatus.DONE, seeded.json().path("worldAccountId").asText());
        for (JourneyStep step : GuideSections.steps().all()) {
            if (step.equals(TopUpSteps.RECEIVING_ACCOUNT)) {
                return;
            }
            if (!step.equals(WorldAccountSteps.WORLD_ACCOUNT)) {
                store.record(journeyId, step, StepStatus.DONE, "done-in-setup");
            }
        }
    }
}
