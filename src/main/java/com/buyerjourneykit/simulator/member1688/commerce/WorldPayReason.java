package com.buyerjourneykit.simulator.member1688.commerce;

/** PAY-03: the FAQ's seven reasons why 跨境宝 is not offered at checkout, each with its own code and letter. */
enum WorldPayReason {
    NOT_SECURED_TRANSACTION("a", "World Pay needs a Secured transaction (担保交易) order"),
    PROHIBITED_ITEMS("b", "The order contains prohibited items"),
    RED_PACKET_USED("c", "A Red Packet discount is used; Red Packets apply to bank cards linked to Alipay only"),
    ALIPAY_NOT_MAINLAND_CHINA("d", "The 1688 account is not linked to an Alipay account registered in Mainland China"),
    WORLD_PAY_NOT_ACTIVATED("e", "World Pay (跨境宝) is not activated for this 1688 account"),
    SUPPLIER_NOT_ACCEPTING_WORLD_PAY("f", "The supplier does not accept World Pay (跨境宝)"),
    CREDIT_TERM_OR_CONTRACT_ORDER("g", "World Pay is not applicable to credit-term or contract orders");

    private final String faqLetter;
    private final String message;

    WorldPayReason(String faqLetter, String message) {
        this.faqLetter = faqLetter;
        this.message = message;
    }

    String faqLetter() {
        return faqLetter;
    }

    String message() {
        return message;
    }
}
