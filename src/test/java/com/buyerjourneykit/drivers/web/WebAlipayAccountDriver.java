package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.AddressInput;
import com.buyerjourneykit.drivers.AlipayAccountDriver;
import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.IdentityInput;
import com.buyerjourneykit.drivers.PersonalDetailsInput;
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

    @Override
    public Answer verifyIdentity(String journeyId, IdentityInput identity) {
        return screens.openStep(journeyId, "alipay/identity").submit(identity.fields());
    }

    @Override
    public Answer registerAddress(String journeyId, AddressInput address) {
        return screens.openStep(journeyId, "alipay/address").submit(address.fields());
    }

    @Override
    public Answer completePersonalDetails(String journeyId, PersonalDetailsInput details) {
        return screens.openStep(journeyId, "alipay/personal-details").submit(details.fields());
    }
}
