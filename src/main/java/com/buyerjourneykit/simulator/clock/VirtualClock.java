package com.buyerjourneykit.simulator.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of the simulator, read by every provider. It stands still unless the harness
 * sets or advances it. Like Stripe's test clocks, time can also move for one buyer alone
 * (keyed by the buyer's E.164 mobile number), so scenarios that run in parallel against one
 * simulator never age each other's codes.
 */
public final class VirtualClock {
    private final AtomicReference<Instant> shared;
    private final Map<String, Duration> buyerOffsets = new ConcurrentHashMap<>();

    public VirtualClock(Instant start) {
        this.shared = new AtomicReference<>(start);
    }

    public Instant now() {
        return shared.get();
    }

    /** The time as one buyer sees it: the shared time plus whatever was advanced for that buyer. */
    public Instant nowFor(String buyer) {
        return now().plus(buyerOffsets.getOrDefault(buyer, Duration.ZERO));
    }

    public void advance(Duration step) {
        requirePositive(step);
        shared.updateAndGet(time -> time.plus(step));
    }

    public void advanceFor(String buyer, Duration step) {
        requirePositive(step);
        buyerOffsets.merge(buyer, step, Duration::plus);
    }

    /** Moves the shared time to a later instant; the clock never runs backwards. */
    public void set(Instant later) {
        shared.updateAndGet(current -> {
            if (later.isBefore(current)) {
                throw new ClockRuleViolation("now must not be earlier than the current time " + current);
            }
            return later;
        });
    }

    public void reset(Instant start) {
        buyerOffsets.clear();
        shared.set(start);
    }

    private static void requirePositive(Duration step) {
        if (step.isNegative() || step.isZero()) {
            throw new ClockRuleViolation("seconds must be a positive whole number");
        }
    }
}
