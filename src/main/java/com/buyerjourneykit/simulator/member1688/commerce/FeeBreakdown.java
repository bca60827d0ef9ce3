package com.buyerjourneykit.simulator.member1688.commerce;

import java.math.BigDecimal;

/** What paying an order by one method costs: the order, the method's fee, World Pay's service fee, the total (fen). */
record FeeBreakdown(long orderFen, BigDecimal methodRate, long methodFeeFen, BigDecimal serviceRate, long serviceFeeFen) {

    static FeeBreakdown of(long orderFen, BigDecimal methodRate, BigDecimal serviceRate) {
        return new FeeBreakdown(orderFen, methodRate, Yuan.share(orderFen, methodRate), serviceRate, Yuan.share(orderFen, serviceRate));
    }

    long totalFen() {
        return orderFen + methodFeeFen + serviceFeeFen;
    }
}
