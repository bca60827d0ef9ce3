package com.buyerjourneykit.reference.sections.payment;

/** One PAY-03 reason World Pay is not offered: the app's code, the FAQ's letter, and 1688's words for it. */
public record Reason(String code, String faqReason, String message) {
}
