package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/worldfirst/alipay-international-links {"alibaba1688Id"}} links the
 * 1688 ID to an Alipay International account (AUTH-07); {@code POST …/alipay-international-unlinks} with the same body
 * unlinks it there. Answers {@code {"alibaba1688Id","linkedToAlipayInternational"}}.
 */
final class SeedAlipayInternationalLink extends JsonControlTask {
    private final AlipayInternationalLinks links;
    private final boolean linking;

    private SeedAlipayInternationalLink(AlipayInternationalLinks links, boolean linking) {
        this.links = links;
        this.linking = linking;
    }

    static SeedAlipayInternationalLink link(AlipayInternationalLinks links) {
        return new SeedAlipayInternationalLink(links, true);
    }

    static SeedAlipayInternationalLink unlink(AlipayInternationalLinks links) {
        return new SeedAlipayInternationalLink(links, false);
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String id = body.text("alibaba1688Id").strip();
        if (linking) {
            links.link(id);
        } else {
            links.unlink(id);
        }
        return Replies.json(200, SimulatorJson.object().put("alibaba1688Id", id)
                .put("linkedToAlipayInternational", links.isLinked(id)));
    }
}
