package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.buyerjourneykit.drivers.ChannelDrivers;
import com.buyerjourneykit.drivers.Evidence;
import com.buyerjourneykit.drivers.JourneyDriver;
import com.buyerjourneykit.drivers.SystemUnderTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A channel that lacks an actor ends the scenario as "not applicable: not implemented by this channel" (skipped), never as a crash. */
class ActorNotImplementedTest {
    private final JourneyContext journey = new JourneyContext(new SystemWithOneChannel(new ChannelWithNoActors()));

    @Test
    void anActorTheChannelDoesNotProvideAbortsTheScenarioNamingActorAndChannel() {
        new BuyersDsl(journey).newBuyer(BuyersDsl.BUYER, "+60");

        assertThatThrownBy(() -> new JourneyDsl(journey).start(BuyersDsl.BUYER))
                .isInstanceOf(TestAbortedException.class)
                .hasMessage("not applicable: not implemented by this channel: JourneyDriver (partner-without-actors)");
    }

    @Test
    void lookingUpAJourneyThatWasNotStartedFailsAndStartsNothing() {
        assertThatThrownBy(() -> journey.journeys().of(BuyersDsl.BUYER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has not started");
        assertThat(journey.exchanges()).as("nothing was sent").isEmpty();
    }

    private record SystemWithOneChannel(ChannelDrivers channel) implements SystemUnderTest {

        @Override
        public ChannelDrivers openChannel(String language) {
            return channel;
        }

        @Override
        public ChannelDrivers openChannelAfterRestart(String language) {
            return channel;
        }

        @Override
        public <T> Optional<T> control(Class<T> concern) {
            return Optional.empty();
        }

        @Override
        public Map<String, String> facts() {
            return Map.of();
        }
    }

    /** A partner's channel that implements no actor at all. */
    private static final class ChannelWithNoActors implements ChannelDrivers, Evidence {

        @Override
        public String name() {
            return "partner-without-actors";
        }

        @Override
        public <T> Optional<T> driver(Class<T> actor) {
            return Optional.empty();
        }

        @Override
        public Evidence evidence() {
            return this;
        }

        @Override
        public Optional<byte[]> screenshot() {
            return Optional.empty();
        }

        @Override
        public List<String> exchanges() {
            return List.of();
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
