package com.buyerjourneykit.reference.store;

/** The database refused or failed a statement; nothing was half-written (each write is one statement or one transaction). */
public final class StoreFailure extends RuntimeException {
    StoreFailure(Throwable cause) {
        super("journey store failed: " + cause.getMessage(), cause);
    }
}
