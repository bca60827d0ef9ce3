package com.buyerjourneykit.simulator.published;

/**
 * What other providers may ask about a 1688 member: does 支付宝账户管理 show 已绑定已认证, i.e. is
 * the member verified through Alipay? WorldFirst needs a yes. And which member a 1688 ID names,
 * so that the member id and the member name are one 1688 ID to WorldFirst. Published by 1688.
 */
public interface Member1688Status {
    /** By member id ({@code b2b-…}) or by member name in any case; an unknown member is not verified. */
    boolean isVerifiedThroughAlipay(String memberIdOrName);

    /** The member id ({@code b2b-…}) of the member a member id or name (any case) names; an unknown ID as given. */
    String memberIdOf(String memberIdOrName);
}
