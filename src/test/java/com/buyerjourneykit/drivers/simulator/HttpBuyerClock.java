package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.BuyerClockDriver;
import java.time.Duration;
import java.time.Instant;

/** {@code POST /__admin/sim/clock/advance} for one buyer and {@code GET /__admin/sim/clock/{+E164}}. */
final class HttpBuyerClock implements BuyerClockDriver {
    private final ControlCalls control;

    HttpBuyerClock(ControlCalls control) {
        this.control = control;
    }

    @Override
    public void advanceFor(String e164, Duration step) {
        control.post("/clock/advance", ControlCalls.object().put("seconds", step.toSeconds()).put("phone", e164));
    }

    @Override
    public Instant nowFor(String e164) {
        return Instant.parse(control.get("/clock/" + e164).path("now").asText());
    }
}
