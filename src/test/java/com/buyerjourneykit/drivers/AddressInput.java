package com.buyerjourneykit.drivers;

import java.util.Map;

/** "Register location and address", as the buyer types it, unvalidated. */
public record AddressInput(String country, String region, String city, String addressLine, String postalCode)
        implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("country", country, "region", region, "city", city, "addressLine", addressLine,
                "postalCode", postalCode);
    }
}
