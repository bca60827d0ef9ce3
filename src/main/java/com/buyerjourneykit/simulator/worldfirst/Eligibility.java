package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.published.Member1688Status;

/**
 * May this 1688 ID be authorised under this World Account now? Verified through Alipay on 1688
 * (AUTH-06, asked of the 1688 provider), not linked to Alipay International (AUTH-07), not
 * linked already (AUTH-05). Asked when the code is requested and again when it is confirmed.
 */
final class Eligibility {
    static final String LINKED_TO_ALIPAY_INTERNATIONAL = "LINKED_TO_ALIPAY_INTERNATIONAL";
    private final ProviderDirectory directory;
    private final AlipayInternationalLinks alipayInternational;
    private final Links links;

    Eligibility(ProviderDirectory directory, AlipayInternationalLinks alipayInternational, Links links) {
        this.directory = directory;
        this.alipayInternational = alipayInternational;
        this.links = links;
    }

    void require(String alibaba1688Id, String worldAccountId) {
        if (!directory.view(Member1688Status.class).isVerifiedThroughAlipay(alibaba1688Id)) {
            throw new Refusal("MEMBER_NOT_VERIFIED_BY_ALIPAY", "the 1688 account has not completed Alipay"
                    + " verification (支付宝账户管理 must read 已绑定已认证)");
        }
        if (alipayInternational.isLinked(alibaba1688Id)) {
            throw new Refusal(LINKED_TO_ALIPAY_INTERNATIONAL, "the 1688 account is linked to an Alipay International"
                    + " account; unlink it there first, then authorise it again");
        }
        links.requireUnlinked(alibaba1688Id, worldAccountId);
    }
}
