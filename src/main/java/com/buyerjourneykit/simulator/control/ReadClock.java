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

/** {@code GET /__admin/sim/clock[/{phone}]}: the shared time, or the time as one buyer sees it. */
final class ReadClock implements AdminTask {
    private final VirtualClock clock;

    ReadClock(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        String phone = pathParams.get("phone");
        return answer(phone == null ? clock.now() : clock.nowFor(phone));
    }

    static ResponseDefinition answer(Instant now) {
        return Replies.json(200, SimulatorJson.object().put("now", now.toString()));
    }
}
