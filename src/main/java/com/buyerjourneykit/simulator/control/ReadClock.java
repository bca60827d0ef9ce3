package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.core.ControlTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Instant;

/** {@code GET /__admin/sim/clock}: the shared time ({@link ReadBuyerClock} gives one buyer's). */
final class ReadClock extends ControlTask {
    private final VirtualClock clock;

    ReadClock(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    protected ResponseDefinition answer(Request request, PathParams pathParams) {
        return answer(clock.now());
    }

    static ResponseDefinition answer(Instant now) {
        return Replies.json(200, SimulatorJson.object().put("now", now.toString()));
    }
}
