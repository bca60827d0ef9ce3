package com.buyerjourneykit.dsl;

/** One-time codes as a buyer mistypes them. */
final class WrongCodes {
    private WrongCodes() {
    }

    /** A 6-digit code that is surely not {@code right}. */
    static String wrongFor(String right) {
        return String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
    }
}
