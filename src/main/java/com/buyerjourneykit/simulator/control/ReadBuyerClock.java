package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code GET /__admin/sim/clock/{phone}}: the time as one buyer sees it. Its own class, not a
 * second route to {@link ReadClock}: WireMock reads path parameters with the template of the
 * first route registered for a task's class, so a shared class never sees {@code {phone}}.
 */
final class ReadBuyerClock extends PhoneControlTask {
    private final VirtualClock clock;

    ReadBuyerClock(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    protected ResponseDefinition answer(String phone) {
        return ReadClock.answer(clock.nowFor(phone));
    }
}
