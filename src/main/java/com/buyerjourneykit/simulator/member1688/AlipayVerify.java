package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.published.AlipayAccountStatus;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code account.alipay.verify} (simulated, VER-01): 支付宝账户管理 → 现在去认证. Succeeds when the
 * Alipay personal account of the given mobile is complete; calling it again is harmless.
 */
final class AlipayVerify extends AopTransformer {
    static final String NAME = "1688-alipay-verify";
    private final Members members;
    private final ProviderDirectory directory;

    AlipayVerify(Members members, ProviderDirectory directory) {
        super(NAME);
        this.members = members;
        this.directory = directory;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        String memberId = request.identifier("memberId");
        MobileNumber alipayMobile = MobileFields.read(request, "alipayCountryCode", "alipayMobile");
        members.byId(memberId).orElseThrow(AlipayStatus::memberUnknown);
        if (!directory.view(AlipayAccountStatus.class).isComplete(alipayMobile.e164())) {
            throw new Refusal("ALIPAY_ACCOUNT_NOT_VERIFIED",
                    "The Alipay personal account of this mobile has not completed registration and verification");
        }
        members.markBoundAndVerified(memberId);
        return AopReply.success("Alipay account bound and verified", AlipayStatus.result(AlipayBinding.BOUND_VERIFIED));
    }
}
