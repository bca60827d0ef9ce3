package com.buyerjourneykit.simulator.published;

/**
 * What other providers may ask about a 1688 member: does 支付宝账户管理 show 已绑定已认证, i.e. is
 * the member verified through Alipay? WorldFirst needs a yes. Published by 1688.
 */
@FunctionalInterface
public interface Member1688Status {
    /** By member id ({@code b2b-…}) or by member name in any case; an unknown member is not verified. */
    boolean isVerifiedThroughAlipay(String memberIdOrName);
}
