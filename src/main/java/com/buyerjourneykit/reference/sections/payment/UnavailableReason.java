package com.buyerjourneykit.reference.sections.payment;

import java.util.Arrays;
import java.util.Optional;

/** PAY-03: the FAQ's reasons (a)–(g) why World Pay (跨境宝) is not offered, by the app's code and 1688's. */
enum UnavailableReason {
    NOT_SECURED_TRANSACTION("not-secured-transaction", "a"),
    PROHIBITED_ITEMS("prohibited-items", "b"),
    RED_PACKET_USED("red-packet-used", "c"),
    ALIPAY_NOT_MAINLAND_CHINA("alipay-not-mainland-china", "d"),
    WORLD_PAY_NOT_ACTIVATED("world-pay-not-activated", "e"),
    SUPPLIER_NOT_ACCEPTING_WORLD_PAY("supplier-not-accepting-world-pay", "f"),
    CREDIT_TERM_OR_CONTRACT_ORDER("credit-term-or-contract-order", "g");

    private final String code;
    private final String faqReason;

    UnavailableReason(String code, String faqReason) {
        this.code = code;
        this.faqReason = faqReason;
    }

    /** 1688 names a reason by the enum's own name ({@code RED_PACKET_USED}); one it names that we do not know is skipped. */
    static Optional<UnavailableReason> of1688(String code) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
    }

    String code() {
        return code;
    }

    String faqReason() {
        return faqReason;
    }
}
