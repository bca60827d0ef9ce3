package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code POST /__admin/sim/clock/advance {"seconds":300,"phone":"+60..."}}: moves time forward,
 * for one buyer when {@code phone} is given (what parallel scenarios use), else for everyone.
 * A phone that is not a mobile's E.164 form is refused: moving nobody's clock would pass silently.
 */
final class AdvanceClock extends JsonControlTask {
    private static final long MAX_SECONDS = Duration.ofDays(3650).toSeconds();
    private final VirtualClock clock;

    AdvanceClock(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        JsonNode seconds = body.node("seconds");
        if (!seconds.isIntegralNumber() || !seconds.canConvertToLong()
                || seconds.asLong() <= 0 || seconds.asLong() > MAX_SECONDS) {
            return Replies.invalidField("seconds", "positive-whole-number",
                    "seconds must be a whole number from 1 to " + MAX_SECONDS);
        }
        Optional<String> phone = body.optionalText("phone").map(given -> ControlPhone.e164("phone", given));
        Duration step = Duration.ofSeconds(seconds.asLong());
        if (phone.isPresent()) {
            clock.advanceFor(phone.get(), step);
            return ReadClock.answer(clock.nowFor(phone.get()));
        }
        clock.advance(step);
        return ReadClock.answer(clock.now());
    }
}
