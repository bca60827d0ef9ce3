package com.buyerjourneykit.drivers;

/**
 * A 1688 order of one line placed before the scenario: the member, the offer and variant, the
 * quantity, and 1688's status ({@code waitsellersend}: paid, waiting for shipment; {@code waitbuyerpay}: not paid).
 */
public record OrderSeed(String memberId, String offerId, String specId, int quantity, String status) {
    public static final String PAID = "waitsellersend";
    public static final String WAITING_FOR_PAYMENT = "waitbuyerpay";
}
