package com.buyerjourneykit.simulator.myinvois;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A submission about to be recorded: who sent it, a hash of its body (for the duplicate window), its checked documents. */
record NewSubmission(String clientId, String bodyHash, Instant receivedAt, Duration processingDelay,
                     List<CheckedDocument> documents) {
}
