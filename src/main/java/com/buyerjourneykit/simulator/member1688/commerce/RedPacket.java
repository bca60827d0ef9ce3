package com.buyerjourneykit.simulator.member1688.commerce;

/** A Red Packet discount (红包): {@code discountFen} off an order of at least {@code minimumOrderFen} goods. */
record RedPacket(String redPacketId, long discountFen, long minimumOrderFen) {
}
