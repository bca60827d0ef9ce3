package com.buyerjourneykit.simulator.member1688.commerce;

/** From {@code minQuantity} pieces on, each costs {@code unitFen}. */
record PriceTier(long minQuantity, long unitFen) {
}
