package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import java.util.Arrays;
import java.util.Optional;

/** The order's life, as 1688 names it: waiting for payment, then paid (waiting for the seller to ship), … or closed. */
enum OrderStatus {
    WAIT_BUYER_PAY("waitbuyerpay"), WAIT_SELLER_SEND("waitsellersend"), WAIT_BUYER_RECEIVE("waitbuyerreceive"),
    CONFIRM_GOODS("confirm_goods"), SUCCESS("success"), CANCEL("cancel"), TERMINATED("terminated");

    private final String code;

    OrderStatus(String code) {
        this.code = code;
    }

    static Optional<OrderStatus> of(String given) {
        return Arrays.stream(values()).filter(status -> status.code.equals(given)).findFirst();
    }

    String code() {
        return code;
    }

    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(OrderStatus::code).toList());
    }

    /** A list's {@code orderStatus} filter (我的订单's current condition), if given; one of {@link #codes()}. */
    static Optional<OrderStatus> filter(AopRequest request) {
        return request.optionalText("orderStatus").map(given -> of(given).orElseThrow(
                () -> new InvalidParameter("orderStatus", "one-of", "orderStatus must be one of " + codes())));
    }
}
