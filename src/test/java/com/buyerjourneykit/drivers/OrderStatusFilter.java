package com.buyerjourneykit.drivers;

import java.util.Map;

/** The current condition of 我的订单 that 导出当前条件 exports: an order status word, or {@code null} for every order. */
public record OrderStatusFilter(String status) implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("status", status);
    }
}
