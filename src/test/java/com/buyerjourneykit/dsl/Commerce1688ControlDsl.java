package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.Commerce1688ControlDriver;

/**
 * What is true at the simulated 1688.com cashier beside the buyer, in the guide's words: the
 * Alipay payment password, the average monthly volume, where the Alipay account is registered,
 * an order 1688 cancelled, a payment whose answer is lost.
 */
public final class Commerce1688ControlDsl {
    private final JourneyContext journey;
    private final CommerceRecords records;

    public Commerce1688ControlDsl(JourneyContext journey, CommerceRecords records) {
        this.journey = journey;
        this.records = records;
    }

    public void paymentPasswordIs(String password) {
        control().setPaymentPassword(records.memberId(), password);
        records.paymentPassword(password);
    }

    public void averageMonthlyVolumeIs(String volume) {
        control().setAverageMonthlyVolume(records.memberId(), volume);
    }

    public void alipayRegisteredOutsideMainlandChina() {
        control().setAlipayInMainlandChina(records.memberId(), false);
    }

    public void cancelTheOrder() {
        control().moveOrder(records.orderId(), "cancel");
    }

    /** The next payment goes through at 1688, but its answer says only PAYMENT_RESULT_UNKNOWN. */
    public void nextPaymentAnswersUnknown() {
        control().answerNextPaymentUnknown(records.orderId());
    }

    private Commerce1688ControlDriver control() {
        return journey.control(Commerce1688ControlDriver.class);
    }
}
