package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/worldfirst/alipay-international-unlinks {"alibaba1688Id"}}: the buyer
 * unlinked the 1688 ID in Alipay International, so WorldFirst may authorise it (AUTH-07). Its own
 * class: WireMock's admin router keeps one route per task class.
 */
final class UnlinkAlipayInternational extends JsonControlTask {
    private final AlipayInternationalLinks links;

    UnlinkAlipayInternational(AlipayInternationalLinks links) {
        this.links = links;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String id = body.text("alibaba1688Id").strip();
        links.unlink(id);
        return SeedAlipayInternationalLink.state(links, id);
    }
}
