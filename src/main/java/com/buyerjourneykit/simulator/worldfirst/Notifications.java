package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WorldFirst's outbox: every notification, sent at once and then again on the retry schedule
 * until the client acknowledges it. Retries go out when the harness asks for the due ones
 * ({@code POST /__admin/sim/worldfirst/notification-dispatches}) after moving the clock.
 */
final class Notifications {
    private final Map<String, Notification> byId = new ConcurrentHashMap<>();
    private final NotificationSender sender;
    private final VirtualClock clock;

    Notifications(NotificationSender sender, VirtualClock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Records the notification and makes its first attempt; answers it as it stands after that attempt.
     * The notice carries its {@code notificationId}, the same in every retry, so a client can tell a
     * second payment of the same amount from a resend of the first.
     */
    Notification send(String clientId, String notifyType, ObjectNode notice) {
        String notificationId = "ntf-" + UUID.randomUUID();
        notice.put("notificationId", notificationId);
        Notification fresh = new Notification(notificationId, clientId, notifyType, SimulatorJson.write(notice), 0,
                clock.now(), Notification.Status.PENDING);
        byId.put(fresh.notificationId(), fresh);
        return attempt(fresh);
    }

    /** Every notification due at the virtual now is attempted once more; answers how many were. */
    List<Notification> dispatchDue() {
        return byId.values().stream().filter(notification -> notification.isDue(clock.now()))
                .sorted(Comparator.comparing(Notification::nextAttemptAt)).map(this::attempt).toList();
    }

    List<Notification> all() {
        return byId.values().stream().sorted(Comparator.comparing(Notification::notificationId)).toList();
    }

    void forgetAll() {
        byId.clear();
    }

    private Notification attempt(Notification notification) {
        boolean acknowledged = sender.deliver(notification);
        Notification after = acknowledged ? notification.acknowledged() : notification.unacknowledged(clock.now());
        byId.put(after.notificationId(), after);
        return after;
    }
}
