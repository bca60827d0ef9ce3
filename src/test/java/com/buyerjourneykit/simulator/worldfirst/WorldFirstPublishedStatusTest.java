package com.buyerjourneykit.simulator.worldfirst;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.published.Member1688Status;
import com.buyerjourneykit.simulator.published.WorldPayStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What WorldFirst tells other providers: whether a 1688 ID is authorised for World Pay. */
class WorldFirstPublishedStatusTest {

    @Test
    void theProviderPublishesWhetherA1688IdIsAuthorised() {
        ProviderDirectory directory = new ProviderDirectory();
        directory.publish(Member1688Status.class, new NoMembers());
        new WorldFirstProvider(new SharedServices(Instant.parse("2026-01-05T01:00:00Z")), directory);
        assertThat(directory.view(WorldPayStatus.class).isAuthorisedForWorldPay("anyone_at_all")).isFalse();
    }

    @Test
    void aLinked1688IdIsAuthorisedInAnyCase() {
        Links links = new Links(id -> id);
        links.link(new Link("Willow_Buyer", "wfa-1", null, Instant.parse("2026-01-05T01:00:00Z")));
        assertThat(links.isLinked("willow_buyer")).isTrue();
        assertThat(links.isLinked("other_buyer")).isFalse();
    }

    /** 1688 names one member by its id and by its member name: both are the same linked 1688 ID. */
    @Test
    void aMemberLinkedByItsNameIsLinkedByItsIdToo() {
        Links links = new Links(id -> id.equalsIgnoreCase("willow_buyer") ? "b2b-2207000001" : id);
        links.link(new Link("Willow_Buyer", "wfa-1", null, Instant.parse("2026-01-05T01:00:00Z")));
        assertThat(links.isLinked("b2b-2207000001")).isTrue();
        assertThat(links.isLinked("b2b-2207000002")).isFalse();
    }

    /** A 1688 that knows no member: every ID is its own. */
    private static final class NoMembers implements Member1688Status {
        @Override
        public boolean isVerifiedThroughAlipay(String memberIdOrName) {
            return false;
        }

        @Override
        public String memberIdOf(String memberIdOrName) {
            return memberIdOrName;
        }
    }
}
