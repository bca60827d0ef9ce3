package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.AlipayCodeDriver;
import com.buyerjourneykit.drivers.Answer;
import java.util.Map;

/** The Alipay SMS code in the browser, on the reference pages in the scenario's language. */
final class WebAlipayCodeDriver implements AlipayCodeDriver {
    private final JourneyScreens screens;

    WebAlipayCodeDriver(JourneyScreens screens) {
        this.screens = screens;
    }

    @Override
    public Answer requestCode(String journeyId) {
        return screens.openStep(journeyId, "alipay/verification-codes").submit(Map.of());
    }

    @Override
    public Answer enterCode(String journeyId, String code) {
        return screens.openStep(journeyId, "alipay/verification-codes/checks").submit(Map.of("code", code));
    }
}
