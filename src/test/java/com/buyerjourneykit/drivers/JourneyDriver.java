package com.buyerjourneykit.drivers;

/** Starting or resuming a buyer's journey with their mobile number, and reading its progress. */
public interface JourneyDriver {

    /** Outcome journey-started or journey-resumed with fact {@code journeyId}; or invalid-field. */
    Answer start(PhoneInput phone);

    /** Facts: each guide step's status ({@code alipay-account=done}, …) and {@code next}. */
    Answer progress(String journeyId);
}
