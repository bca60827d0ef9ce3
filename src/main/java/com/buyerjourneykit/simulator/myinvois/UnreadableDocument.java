package com.buyerjourneykit.simulator.myinvois;

/** A submitted document that is no UBL Invoice in its declared format: rejected with the structure error. */
final class UnreadableDocument extends RuntimeException {
    UnreadableDocument(String message) {
        super(message, null, false, false);
    }
}
