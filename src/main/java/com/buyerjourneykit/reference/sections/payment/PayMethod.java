package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.Arrays;
import java.util.Optional;

/** PAY-01: the ways an international buyer pays, in the cashier's order, by the app's word and 1688's {@code payWay}. */
enum PayMethod {
    WORLD_PAY("world-pay", "crossBorderPay", "worldPay"),
    CARD("card", "card", "card"),
    ALIPAY("alipay", "alipay", "alipay");

    private final String code;
    private final String payWay;
    private final String factPrefix;

    PayMethod(String code, String payWay, String factPrefix) {
        this.code = code;
        this.payWay = payWay;
        this.factPrefix = factPrefix;
    }

    static PayMethod of(String text) {
        String given = text == null ? "" : text;
        return Arrays.stream(values()).filter(method -> method.code.equals(given)).findFirst()
                .orElseThrow(() -> new InvalidInput("method", "one-of", "method must be one of world-pay, card, alipay"));
    }

    static Optional<PayMethod> byPayWay(String payWay) {
        return Arrays.stream(values()).filter(method -> method.payWay.equals(payWay)).findFirst();
    }

    String code() {
        return code;
    }

    String payWay() {
        return payWay;
    }

    /** The start of its facts' names: {@code worldPayFee}, {@code cardTotal}, {@code alipayTotal}. */
    String factPrefix() {
        return factPrefix;
    }
}
