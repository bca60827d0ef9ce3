package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One notification to a client and how far its delivery got; replaced, never mutated. */
record Notification(String notificationId, String clientId, String notifyType, String body, int attempts,
        Instant nextAttemptAt, Status status) {

    enum Status { PENDING, ACKNOWLEDGED, GIVEN_UP }

    Notification acknowledged() {
        return new Notification(notificationId, clientId, notifyType, body, attempts + 1, null, Status.ACKNOWLEDGED);
    }

    /** After an attempt that was not acknowledged: the next one as the schedule says, or none. */
    Notification unacknowledged(Instant now) {
        int made = attempts + 1;
        return RetrySchedule.after(made, now)
                .map(next -> new Notification(notificationId, clientId, notifyType, body, made, next, Status.PENDING))
                .orElseGet(() -> new Notification(notificationId, clientId, notifyType, body, made, null, Status.GIVEN_UP));
    }

    boolean isDue(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    ObjectNode toJson() {
        ObjectNode json = SimulatorJson.object()
                .put("notificationId", notificationId)
                .put("notifyType", notifyType)
                .put("status", status.name())
                .put("attempts", attempts);
        json.put("nextAttemptAt", nextAttemptAt == null ? null : nextAttemptAt.toString());
        json.set("body", SimulatorJson.lenientObject(body).orElseThrow());
        return json;
    }
}
