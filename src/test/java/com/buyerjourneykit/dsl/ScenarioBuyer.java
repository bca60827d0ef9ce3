package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.PhoneInput;

/** A buyer of this run: the phone number typed into forms, and the E.164 key the providers file it under. */
record ScenarioBuyer(String alias, String countryCode, String mobile, String e164) {

    PhoneInput phone() {
        return new PhoneInput(countryCode, mobile);
    }
}
