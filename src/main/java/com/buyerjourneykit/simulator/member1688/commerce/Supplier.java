package com.buyerjourneykit.simulator.member1688.commerce;

/**
 * A 1688 supplier: identified cross-border seller or not, accepts World Pay (跨境宝) or not (PAY-03 f),
 * and what 联系方式 shows (address, contact). {@code tin} is null when unknown.
 */
record Supplier(String supplierId, String name, String nameEn, boolean identifiedCrossBorder, boolean acceptsWorldPay,
                String tin, String address, String contact) {
}
