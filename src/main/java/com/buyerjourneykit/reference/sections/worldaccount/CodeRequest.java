package com.buyerjourneykit.reference.sections.worldaccount;

/** Where the registration code goes: {@code MOBILE} (the journey's mobile) or {@code EMAIL} (then {@code email} is set). */
public record CodeRequest(String codeChannel, String email) {
    static final String MOBILE = "MOBILE";
    static final String EMAIL = "EMAIL";
}
