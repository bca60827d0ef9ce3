package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.CodeRequestInput;
import com.buyerjourneykit.drivers.WorldAccountDriver;
import com.buyerjourneykit.drivers.WorldAccountInput;

/** Guide section 3 in the browser: the "Send code" form and the World Account form of the reference pages. */
final class WebWorldAccountDriver implements WorldAccountDriver {
    private final JourneyScreens screens;

    WebWorldAccountDriver(JourneyScreens screens) {
        this.screens = screens;
    }

    @Override
    public Answer requestCode(String journeyId, CodeRequestInput request) {
        return screens.openStep(journeyId, "worldfirst/world-account/verification-codes").submit(request.fields());
    }

    @Override
    public Answer open(String journeyId, WorldAccountInput account) {
        return screens.openStep(journeyId, "worldfirst/world-account").submit(account.fields());
    }
}
