package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.buyerjourneykit.simulator.core.ControlTask;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;

/**
 * {@code GET /__admin/sim/worldfirst/notifications}: the outbox, each notification with its
 * status, attempts, next attempt and body.
 */
final class NotificationOutbox extends ControlTask {
    private final Notifications notifications;

    NotificationOutbox(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    protected ResponseDefinition answer(Request request, PathParams pathParams) {
        return listed(notifications.all());
    }

    static ResponseDefinition listed(List<Notification> notifications) {
        ObjectNode body = SimulatorJson.object();
        ArrayNode list = body.putArray("notifications");
        notifications.forEach(notification -> list.add(notification.toJson()));
        return Replies.json(200, body);
    }
}
