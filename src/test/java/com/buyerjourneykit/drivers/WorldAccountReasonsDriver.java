package com.buyerjourneykit.drivers;

/**
 * "Why do you need to link a World account?" (WFA-03): what the World Account page tells the
 * buyer. Only a page says it; the REST API has nothing to read, so only the browser provides it.
 */
public interface WorldAccountReasonsDriver {

    /** The reasons the page gives, as the buyer reads them; blank when it gives none. */
    String whyAWorldAccount(String journeyId);
}
