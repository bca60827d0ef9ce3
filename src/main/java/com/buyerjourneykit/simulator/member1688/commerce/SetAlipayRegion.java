package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/1688/alipay-regions {"memberId","mainlandChina":false}}: the Alipay
 * account the member is bound to was registered outside Mainland China (PAY-03 d), or, with
 * {@code true}, in it again (the default).
 */
final class SetAlipayRegion extends JsonControlTask {
    private final CommerceState state;

    SetAlipayRegion(CommerceState state) {
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String memberId = ControlMember.of(body, state);
        boolean mainland = body.flag("mainlandChina");
        if (mainland) {
            state.outsideMainland().remove(memberId);
        } else {
            state.outsideMainland().add(memberId);
        }
        return Replies.json(200, SimulatorJson.object().put("memberId", memberId).put("mainlandChina", mainland));
    }
}
