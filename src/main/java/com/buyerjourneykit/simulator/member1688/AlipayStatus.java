package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.SimulatorState;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code account.alipay.status} (simulated, VER-02): what 支付宝账户管理 shows,
 * 未绑定 or 已绑定已认证.
 */
final class AlipayStatus extends AopTransformer {
    static final String NAME = "1688-alipay-status";
    private final SimulatorState state;

    AlipayStatus(SimulatorState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition answer(AopRequest request) {
        Member member = state.member1688().members().byId(request.identifier("memberId"))
                .orElseThrow(AlipayStatus::memberUnknown);
        return AopReply.success(member.alipay().label(), result(member.alipay()));
    }

    static ObjectNode result(AlipayBinding binding) {
        return SimulatorJson.object().put("status", binding.label()).put("statusCode", binding.name());
    }

    static Refusal memberUnknown() {
        return new Refusal("MEMBER_UNKNOWN", "No 1688 member has this id");
    }
}
