package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code POST /__admin/sim/clock/advance {"seconds":300,"phone":"+60..."}}: moves time forward,
 * for one buyer when {@code phone} is given (what parallel scenarios use), else for everyone.
 */
final class AdvanceClock implements AdminTask {
    private static final long MAX_SECONDS = Duration.ofDays(3650).toSeconds();
    private final VirtualClock clock;

    AdvanceClock(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        Optional<ObjectNode> body = SimulatorJson.parseObject(serveEvent.getRequest().getBodyAsString());
        JsonNode seconds = body.map(json -> json.path("seconds")).orElse(null);
        if (seconds == null || !seconds.canConvertToLong() || !seconds.isIntegralNumber()
                || seconds.asLong() <= 0 || seconds.asLong() > MAX_SECONDS) {
            return Replies.invalidField("seconds", "positive-whole-number",
                    "seconds must be a whole number from 1 to " + MAX_SECONDS);
        }
        JsonNode phone = body.get().path("phone");
        Duration step = Duration.ofSeconds(seconds.asLong());
        if (phone.isTextual() && !phone.asText().isBlank()) {
            clock.advanceFor(phone.asText(), step);
            return ReadClock.answer(clock.nowFor(phone.asText()));
        }
        clock.advance(step);
        return ReadClock.answer(clock.now());
    }
}
