package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.Commerce1688ControlDriver;

/** {@code /__admin/sim/1688/…} of the cashier: payment passwords, monthly volumes, Alipay regions, order states, unknown payments. */
final class Http1688CommerceControl implements Commerce1688ControlDriver {
    private static final String COMMERCE = "/1688";
    private final ControlCalls control;

    Http1688CommerceControl(ControlCalls control) {
        this.control = control;
    }

    @Override
    public void setPaymentPassword(String memberId, String password) {
        control.post(COMMERCE + "/payment-passwords", ControlCalls.object().put("memberId", memberId).put("password", password));
    }

    @Override
    public void setAverageMonthlyVolume(String memberId, String volume) {
        control.post(COMMERCE + "/monthly-volumes", ControlCalls.object().put("memberId", memberId)
                .put("averageMonthlyVolume", volume));
    }

    @Override
    public void setAlipayInMainlandChina(String memberId, boolean mainlandChina) {
        control.post(COMMERCE + "/alipay-regions", ControlCalls.object().put("memberId", memberId)
                .put("mainlandChina", mainlandChina));
    }

    @Override
    public void moveOrder(String orderId, String status) {
        control.post(COMMERCE + "/order-states", ControlCalls.object().put("orderId", orderId).put("status", status));
    }

    @Override
    public void answerNextPaymentUnknown(String orderId) {
        control.post(COMMERCE + "/unknown-payments", ControlCalls.object().put("orderId", orderId));
    }
}
