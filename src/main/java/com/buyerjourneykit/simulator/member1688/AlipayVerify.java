package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.simulator.SimulatorState;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code account.alipay.verify} (simulated, VER-01): 支付宝账户管理 → 现在去认证. Succeeds when the
 * Alipay personal account of the given mobile is complete; calling it again is harmless.
 */
final class AlipayVerify extends AopTransformer {
    static final String NAME = "1688-alipay-verify";
    private final SimulatorState state;

    AlipayVerify(SimulatorState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition answer(AopRequest request) {
        String memberId = request.identifier("memberId");
        MobileNumber alipayMobile = MobileFields.read(request, "alipayCountryCode", "alipayMobile");
        Members members = state.member1688().members();
        members.byId(memberId).orElseThrow(AlipayStatus::memberUnknown);
        if (!state.alipayAccountStatus().isComplete(alipayMobile.e164())) {
            throw new Refusal("ALIPAY_ACCOUNT_NOT_VERIFIED",
                    "The Alipay personal account of this mobile has not completed registration and verification");
        }
        members.markBoundAndVerified(memberId);
        return AopReply.success("Alipay account bound and verified", AlipayStatus.result(AlipayBinding.BOUND_VERIFIED));
    }
}
