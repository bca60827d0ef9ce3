package com.buyerjourneykit.badinput;

import java.util.Random;

/**
 * Runs a property a number of times on generated input. The seed is printed and taken from
 * {@code -Dbadinput.seed=…} when given, so a red run is replayed exactly.
 */
final class Tries {
    /** How often a good request follows the bad one: every few tries keeps the run short, and the last try always checks. */
    private static final int GOOD_REQUEST_EVERY = 4;

    private Tries() {
    }

    /** One try: its generator, and whether the endpoint's good request must follow it. */
    interface OneTry {
        void run(Random random, boolean thenGood);
    }

    static void run(String property, int tries, OneTry oneTry) {
        long seed = Long.getLong("badinput.seed", new Random().nextLong());
        Random random = new Random(seed);
        for (int attempt = 1; attempt <= tries; attempt++) {
            try {
                oneTry.run(random, attempt % GOOD_REQUEST_EVERY == 0 || attempt == tries);
            } catch (AssertionError failed) {
                throw new AssertionError(property + " failed on try " + attempt + " of " + tries
                        + " (replay with -Dbadinput.seed=" + seed + "): " + failed.getMessage(), failed);
            }
        }
    }
}
