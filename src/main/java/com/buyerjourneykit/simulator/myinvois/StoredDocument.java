package com.buyerjourneykit.simulator.myinvois;

import java.time.Instant;

/**
 * An accepted document as MyInvois keeps it: {@code Submitted} until its validation is done at
 * {@code validatedAt} on the virtual clock, {@code Valid} from then on.
 */
record StoredDocument(String uuid, String longId, String submissionUid, String codeNumber, String clientId,
                      SelfBilledInvoice invoice, Instant receivedAt, Instant validatedAt) {

    String statusAt(Instant now) {
        return now.isBefore(validatedAt) ? "Submitted" : "Valid";
    }
}
