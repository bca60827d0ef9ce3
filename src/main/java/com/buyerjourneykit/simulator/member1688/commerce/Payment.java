package com.buyerjourneykit.simulator.member1688.commerce;

import java.time.Instant;

/** A completed payment of one order: by which method, with its fee breakdown (the total is what was taken). */
record Payment(String paymentId, String requestId, PayWay payWay, FeeBreakdown fees, Instant paidAt) {
}
