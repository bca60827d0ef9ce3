package com.buyerjourneykit.simulator.worldfirst;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When an unacknowledged notification is sent again: WorldFirst's published schedule, 7 more
 * attempts after the first, at 2 min, 10 min, 10 min, 1 h, 2 h, 6 h and 15 h, on the virtual clock.
 */
final class RetrySchedule {
    static final List<Duration> DELAYS = List.of(Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(10),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(15));

    private RetrySchedule() {
    }

    /** After {@code attemptsMade} attempts, the time of the next, or none when they are used up. */
    static Optional<Instant> after(int attemptsMade, Instant now) {
        return attemptsMade > DELAYS.size() ? Optional.empty() : Optional.of(now.plus(DELAYS.get(attemptsMade - 1)));
    }
}
