package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/worldfirst/alipay-international-links {"alibaba1688Id"}}: the 1688 ID
 * is linked to an Alipay International account (AUTH-07). Answers
 * {@code {"alibaba1688Id","linkedToAlipayInternational"}}, as {@link UnlinkAlipayInternational} does.
 */
final class SeedAlipayInternationalLink extends JsonControlTask {
    private final AlipayInternationalLinks links;

    SeedAlipayInternationalLink(AlipayInternationalLinks links) {
        this.links = links;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String id = body.text("alibaba1688Id").strip();
        links.link(id);
        return state(links, id);
    }

    static ResponseDefinition state(AlipayInternationalLinks links, String id) {
        return Replies.json(200, SimulatorJson.object().put("alibaba1688Id", id)
                .put("linkedToAlipayInternational", links.isLinked(id)));
    }
}
