package com.buyerjourneykit.simulator.worldfirst;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.published.WorldPayStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What WorldFirst tells other providers: whether a 1688 ID is authorised for World Pay. */
class WorldFirstPublishedStatusTest {

    @Test
    void theProviderPublishesWhetherA1688IdIsAuthorised() {
        ProviderDirectory directory = new ProviderDirectory();
        new WorldFirstProvider(new SharedServices(Instant.parse("2026-01-05T01:00:00Z")), directory);
        assertThat(directory.view(WorldPayStatus.class).isAuthorisedForWorldPay("anyone_at_all")).isFalse();
    }

    @Test
    void aLinked1688IdIsAuthorisedInAnyCase() {
        Links links = new Links();
        links.link(new Link("Willow_Buyer", "wfa-1", null, Instant.parse("2026-01-05T01:00:00Z")));
        assertThat(links.isLinked("willow_buyer")).isTrue();
        assertThat(links.isLinked("other_buyer")).isFalse();
    }
}
