package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * {@code GET /__admin/sim/clock/{phone}}: the time as one buyer sees it. Its own class, not a
 * second route to {@link ReadClock}: WireMock reads path parameters with the template of the
 * first route registered for a task's class, so a shared class never sees {@code {phone}}.
 */
final class ReadBuyerClock implements AdminTask {
    private final VirtualClock clock;

    ReadBuyerClock(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        return ReadClock.answer(clock.nowFor(pathParams.get("phone")));
    }
}
