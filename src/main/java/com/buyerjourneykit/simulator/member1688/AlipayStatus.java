package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code account.alipay.status} (simulated, VER-02): what 支付宝账户管理 shows,
 * 未绑定 or 已绑定已认证.
 */
final class AlipayStatus extends AopTransformer {
    static final String NAME = "1688-alipay-status";
    private final Members members;

    AlipayStatus(Members members) {
        super(NAME);
        this.members = members;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        Member member = members.byId(request.identifier("memberId"))
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
