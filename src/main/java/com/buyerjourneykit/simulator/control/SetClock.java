package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.clock.ClockRuleViolation;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** {@code PUT /__admin/sim/clock {"now":"2026-01-01T00:00:00Z"}}: moves the shared time forward. */
final class SetClock extends JsonControlTask {
    private final VirtualClock clock;

    SetClock(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        if (!body.node("now").isTextual()) {
            return Replies.invalidField("now", "required", "now is required: an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
        try {
            clock.set(Instant.parse(body.node("now").asText()));
        } catch (DateTimeParseException e) {
            return Replies.invalidField("now", "iso-8601-instant", "now must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        } catch (ClockRuleViolation e) {
            return Replies.invalidField("now", "not-before-current-time", e.getMessage());
        }
        return ReadClock.answer(clock.now());
    }
}
