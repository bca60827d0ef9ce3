package com.buyerjourneykit.simulator.member1688.commerce;

/** One choice of an offer (colour × specification) and its stock; a spec id belongs to one offer. */
record Variant(String specId, String colour, String colourEn, String specification, long stock) {
}
