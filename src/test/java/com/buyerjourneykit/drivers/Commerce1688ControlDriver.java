package com.buyerjourneykit.drivers;

/** What is true at the simulated 1688.com cashier beside the buyer: payment passwords, volumes, Alipay's region, order states, unclear answers. */
public interface Commerce1688ControlDriver {

    /** The member's Alipay payment password (6 digits), unlocked. */
    void setPaymentPassword(String memberId, String password);

    /** The average monthly 1688 volume in CNY ("150000.00") that picks the World Pay service-fee tier. */
    void setAverageMonthlyVolume(String memberId, String volume);

    /** Whether the member's Alipay account is registered in Mainland China (PAY-03 d). */
    void setAlipayInMainlandChina(String memberId, boolean mainlandChina);

    /** 1688 moves the order to a status of its own ({@code cancel}, {@code waitsellersend}, …). */
    void moveOrder(String orderId, String status);

    /** The order's next successful payment answers PAYMENT_RESULT_UNKNOWN, though it was made. */
    void answerNextPaymentUnknown(String orderId);
}
