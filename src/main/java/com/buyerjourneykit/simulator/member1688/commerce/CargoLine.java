package com.buyerjourneykit.simulator.member1688.commerce;

/** One line of an order: a variant of an offer, how many, at the tier's unit price. */
record CargoLine(Offer offer, Variant variant, long quantity, long unitFen) {

    long amountFen() {
        return Math.multiplyExact(unitFen, quantity);
    }
}
