package com.buyerjourneykit.dsl;

/**
 * The buyers of a scenario, by alias: "the buyer" and "the other buyer" are fresh mobile numbers
 * no other scenario uses, or numbers on one of the simulator's magic SMS ranges.
 */
public final class BuyersDsl {
    public static final String BUYER = "buyer";
    public static final String OTHER_BUYER = "other buyer";
    private static final char NEVER_RECEIVES_SMS = '9';
    private static final char RECEIVES_SMS_LATE = '5';
    private final JourneyContext journey;

    public BuyersDsl(JourneyContext journey) {
        this.journey = journey;
    }

    public void newBuyer(String alias, String countryCode) {
        journey.buyers().create(alias, countryCode);
    }

    public void newBuyerWhoNeverReceivesSms() {
        journey.buyers().createOnMagicRange(BUYER, NEVER_RECEIVES_SMS);
    }

    public void newBuyerWhoseSmsArriveLate() {
        journey.buyers().createOnMagicRange(BUYER, RECEIVES_SMS_LATE);
    }
}
