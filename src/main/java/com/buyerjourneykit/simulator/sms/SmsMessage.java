package com.buyerjourneykit.simulator.sms;

import java.time.Instant;

/** One SMS as the buyer's phone would show it, plus the code it carries for the harness. */
public record SmsMessage(String phone, String provider, String text, String code, Instant sentAt) {
}
