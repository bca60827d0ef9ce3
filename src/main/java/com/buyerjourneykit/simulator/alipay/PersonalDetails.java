package com.buyerjourneykit.simulator.alipay;

import java.util.Optional;

/** The personal details that complete the account (ALI-06), already validated. */
record PersonalDetails(String occupation, Optional<String> email) {
}
