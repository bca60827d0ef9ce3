package com.buyerjourneykit.simulator.worldfirst;

/** How WorldFirst shows an address it sent a code to: first letter, dots, the domain. */
final class Masks {
    private Masks() {
    }

    static String email(String email) {
        int at = email.indexOf('@');
        return email.charAt(0) + "•••" + email.substring(at);
    }
}
