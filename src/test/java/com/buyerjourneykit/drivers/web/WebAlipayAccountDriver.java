package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.AlipayAccountDriver;
import com.buyerjourneykit.drivers.Answer;
import java.util.Map;

/** Guide section 1 in the browser, on the reference pages in the scenario's language. */
final class WebAlipayAccountDriver implements AlipayAccountDriver {
    private final JourneyScreens screens;

    WebAlipayAccountDriver(JourneyScreens screens) {
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
