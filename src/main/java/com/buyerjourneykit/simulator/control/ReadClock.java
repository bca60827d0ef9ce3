package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;

/** {@code GET /__admin/sim/clock}: the shared time ({@link ReadBuyerClock} gives one buyer's). */
final class ReadClock implements AdminTask {
    private final VirtualClock clock;

    ReadClock(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        return answer(clock.now());
    }

    static ResponseDefinition answer(Instant now) {
        return Replies.json(200, SimulatorJson.object().put("now", now.toString()));
    }
}
