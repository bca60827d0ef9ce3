package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.core.ArmedFault;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A fault as the control API shows it: what it was armed with and how many calls it still fails. */
final class FaultJson {
    private FaultJson() {
    }

    static ObjectNode of(ArmedFault fault) {
        return SimulatorJson.object()
                .put("provider", fault.provider())
                .put("operation", fault.operation())
                .put(fault.buyerField(), fault.buyer())
                .put("kind", fault.kind().id())
                .put("remaining", fault.remaining())
                .put("delayMillis", fault.delay().toMillis());
    }
}
