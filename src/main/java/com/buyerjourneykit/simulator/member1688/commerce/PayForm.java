package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import java.util.regex.Pattern;

/** The fields of {@code alibaba.trade.pay}, in the form's order. A malformed password costs no attempt. */
record PayForm(String memberId, String orderId, PayWay payWay, String paymentPassword, String requestId) {
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    static PayForm read(AopRequest request) {
        String memberId = request.identifier("memberId");
        String orderId = request.identifier("orderId");
        PayWay payWay = PayWay.of(request.text("payWay"));
        String password = request.text("paymentPassword");
        if (!SIX_DIGITS.matcher(password).matches()) {
            throw new InvalidParameter("paymentPassword", "six-digits", "paymentPassword must be exactly 6 digits");
        }
        return new PayForm(memberId, orderId, payWay, password, request.identifier("requestId"));
    }
}
