package com.buyerjourneykit.simulator.member1688.commerce;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the cashier offers one order: the methods, each with its fee breakdown, and why 跨境宝 is missing if it is. */
record CheckoutOptions(Map<PayWay, FeeBreakdown> offered, List<WorldPayReason> worldPayReasons) {

    static CheckoutOptions of(Order order, List<WorldPayReason> reasons, FeeSchedule fees, long monthlyVolumeFen,
                              boolean alipayInRegion) {
        long orderFen = order.quote().totalFen();
        Map<PayWay, FeeBreakdown> offered = new EnumMap<>(PayWay.class);
        if (reasons.isEmpty()) {
            offered.put(PayWay.CROSS_BORDER_PAY, FeeBreakdown.of(orderFen, fees.worldPayRate(), fees.serviceFeeRate(monthlyVolumeFen)));
        }
        offered.put(PayWay.CARD, FeeBreakdown.of(orderFen, fees.cardRate(), BigDecimal.ZERO));
        if (alipayInRegion) {
            offered.put(PayWay.ALIPAY, FeeBreakdown.of(orderFen, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        return new CheckoutOptions(offered, List.copyOf(reasons));
    }
}
