package com.buyerjourneykit.simulator.myinvois;

import java.time.Instant;
import java.util.List;

/** One call of Submit Documents that passed the structure checks: its accepted and its rejected documents. */
record Submission(String submissionUid, String clientId, Instant receivedAt, List<StoredDocument> accepted,
                  List<Rejection> rejected) {

    /** InProgress while a document is still being validated; Valid when all are; Invalid when none was accepted. */
    String overallStatusAt(Instant now) {
        if (accepted.isEmpty()) {
            return "Invalid";
        }
        return accepted.stream().anyMatch(document -> "Submitted".equals(document.statusAt(now))) ? "InProgress" : "Valid";
    }
}
