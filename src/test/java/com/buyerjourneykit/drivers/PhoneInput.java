package com.buyerjourneykit.drivers;

/** A phone number as a buyer types it: country calling code and national number, unvalidated. */
public record PhoneInput(String countryCode, String mobile) {
}
