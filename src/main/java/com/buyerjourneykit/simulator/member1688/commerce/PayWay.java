package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import java.util.Arrays;

/** PAY-01: how an international buyer can pay — World Pay (跨境宝, "Cross-border treasure"), a card, or Alipay in some regions. */
enum PayWay {
    CROSS_BORDER_PAY("crossBorderPay", "跨境宝", "Cross-border treasure"),
    CARD("card", "银行卡", "Credit/debit card"),
    ALIPAY("alipay", "支付宝", "Alipay");

    private final String code;
    private final String name;
    private final String nameEn;

    PayWay(String code, String name, String nameEn) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
    }

    static PayWay of(String given) {
        return Arrays.stream(values()).filter(way -> way.code.equals(given)).findFirst()
                .orElseThrow(() -> new InvalidParameter("payWay", "one-of", "payWay must be one of crossBorderPay, card, alipay"));
    }

    String code() {
        return code;
    }

    String label() {
        return name;
    }

    String labelEn() {
        return nameEn;
    }
}
