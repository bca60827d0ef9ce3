package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ReceivingAccountDriver;
import com.buyerjourneykit.drivers.ReceivingAccountInput;

/** Receiving accounts and balances in the browser: the preview and creation forms, and the balances page. */
final class WebReceivingAccountDriver implements ReceivingAccountDriver {
    private static final String RECEIVING_ACCOUNTS = "worldfirst/receiving-accounts";
    private final JourneyScreens screens;

    WebReceivingAccountDriver(JourneyScreens screens) {
        this.screens = screens;
    }

    @Override
    public Answer preview(String journeyId, ReceivingAccountInput account) {
        return screens.openStep(journeyId, RECEIVING_ACCOUNTS + "/previews").submit(account.fields());
    }

    /** The page generates its own key in a hidden field; a scenario that repeats a creation types its own in. */
    @Override
    public Answer create(String journeyId, ReceivingAccountInput account) {
        return screens.openStep(journeyId, RECEIVING_ACCOUNTS).submit(account.fields());
    }

    @Override
    public Answer balances(String journeyId) {
        return screens.view("worldfirst/balances", journeyId, "balances");
    }
}
