package com.buyerjourneykit.simulator.member1688.commerce;

/** A cross-border logistics solution the buyer must choose (ORD-06); a flat fee per order. */
record LogisticsSolution(String solutionId, String name, String nameEn, long feeFen) {
}
