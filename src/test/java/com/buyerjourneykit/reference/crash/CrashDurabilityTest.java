package com.buyerjourneykit.reference.crash;

import com.buyerjourneykit.reference.store.DatabaseSettings;

/** The crash check on the app's default database, an H2 file. */
class CrashDurabilityTest extends CrashDurabilityCheck {
    private static final DatabaseSettings H2_FILE =
            DatabaseSettings.embedded("jdbc:h2:file:./target/crash-test/journeys-" + System.nanoTime());

    @Override
    DatabaseSettings database() {
        return H2_FILE;
    }

    @Override
    int cycles() {
        return Integer.getInteger("bjk.crash.cycles", 20);
    }
}
