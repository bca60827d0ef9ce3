package com.buyerjourneykit.reference.journey;

/** The six steps of the guidebook, in its order (JRN-01); 4 has two parts, 4A and 4B. */
public enum GuideStep {
    ALIPAY_ACCOUNT("alipay-account"),
    MEMBER_ACCOUNT("1688-account"),
    WORLD_ACCOUNT("world-account"),
    AUTHORISE_1688("authorise-1688"),
    TOP_UP_CNH("top-up-cnh"),
    ORDER("order"),
    PAY("pay");

    private final String id;

    GuideStep(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
