package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.core.ControlTask;
import com.buyerjourneykit.simulator.core.Faults;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** {@code GET /__admin/sim/faults}: {@code {"faults":[…]}}, the faults still waiting to fire, oldest first. */
final class ListFaults extends ControlTask {
    private final Faults faults;

    ListFaults(Faults faults) {
        this.faults = faults;
    }

    @Override
    protected ResponseDefinition answer(Request request, PathParams pathParams) {
        ObjectNode body = SimulatorJson.object();
        ArrayNode listed = body.putArray("faults");
        faults.list().forEach(fault -> listed.add(FaultJson.of(fault)));
        return Replies.json(200, body);
    }
}
