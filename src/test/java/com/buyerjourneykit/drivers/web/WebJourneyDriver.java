package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.JourneyDriver;
import com.buyerjourneykit.drivers.PhoneInput;

/** Starting, resuming and reading a journey on the reference pages. */
final class WebJourneyDriver implements JourneyDriver {
    private final JourneyScreens screens;

    WebJourneyDriver(JourneyScreens screens) {
        this.screens = screens;
    }

    @Override
    public Answer start(PhoneInput phone) {
        return screens.start(phone);
    }

    @Override
    public Answer progress(String journeyId) {
        return screens.progress(journeyId);
    }
}
