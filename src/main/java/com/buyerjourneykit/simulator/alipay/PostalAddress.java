package com.buyerjourneykit.simulator.alipay;

import java.util.Optional;

/** Where the buyer lives (ALI-05), already validated. */
record PostalAddress(String country, String region, String city, String addressLine, Optional<String> postalCode) {
}
