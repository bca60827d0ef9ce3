package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.AddressInput;
import com.buyerjourneykit.drivers.AlipayProfileDriver;
import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.IdentityInput;
import com.buyerjourneykit.drivers.PersonalDetailsInput;

/** Identity, address and personal details in the browser, on the reference pages in the scenario's language. */
final class WebAlipayProfileDriver implements AlipayProfileDriver {
    private final JourneyScreens screens;

    WebAlipayProfileDriver(JourneyScreens screens) {
        this.screens = screens;
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
