package com.buyerjourneykit.simulator.member1688;

/** What 支付宝账户管理 shows for a 1688 member: not bound yet, or bound and verified. */
enum AlipayBinding {
    UNBOUND("未绑定"),
    BOUND_VERIFIED("已绑定已认证");

    private final String label;

    AlipayBinding(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
