package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.clock.ClockRuleViolation;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** {@code PUT /__admin/sim/clock {"now":"2026-01-01T00:00:00Z"}}: moves the shared time forward. */
final class SetClock implements AdminTask {
    private final VirtualClock clock;

    SetClock(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        Optional<ObjectNode> body = SimulatorJson.parseObject(serveEvent.getRequest().getBodyAsString());
        if (body.isEmpty() || !body.get().path("now").isTextual()) {
            return Replies.invalidField("now", "required", "now is required: an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
        try {
            clock.set(Instant.parse(body.get().get("now").asText()));
        } catch (DateTimeParseException e) {
            return Replies.invalidField("now", "iso-8601-instant", "now must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        } catch (ClockRuleViolation e) {
            return Replies.invalidField("now", "not-before-current-time", e.getMessage());
        }
        return ReadClock.answer(clock.now());
    }
}
