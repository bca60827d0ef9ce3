package com.buyerjourneykit.simulator.myinvois;

import java.security.SecureRandom;

/** MyInvois-style identifiers: upper-case letters and digits (Crockford's base 32), random. */
final class Identifiers {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Identifiers() {
    }

    static String submissionUid() {
        return random(26);
    }

    static String documentUuid() {
        return random(26);
    }

    /** The long id of a validated document, as its public validation link uses it. */
    static String longId() {
        return random(40);
    }

    private static String random(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int index = 0; index < length; index++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
