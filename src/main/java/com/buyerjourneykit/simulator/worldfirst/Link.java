package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A 1688 ID authorised for World Pay under a World Account; its 1688 personal details are never kept. */
record Link(String alibaba1688Id, String worldAccountId, String nickname, Instant linkedAt) {

    ObjectNode toJson() {
        ObjectNode json = SimulatorJson.object().put("alibaba1688Id", alibaba1688Id).put("linkedAt", linkedAt.toString());
        if (nickname != null) {
            json.put("nickname", nickname);
        }
        return json;
    }
}
