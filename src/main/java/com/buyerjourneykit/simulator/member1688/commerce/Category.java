package com.buyerjourneykit.simulator.member1688.commerce;

/** A product category, named in Chinese and English. */
record Category(String categoryId, String name, String nameEn) {
}
