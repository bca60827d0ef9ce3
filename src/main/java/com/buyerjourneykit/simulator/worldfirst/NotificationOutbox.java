package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;

/**
 * {@code GET /__admin/sim/worldfirst/notifications}: the outbox, each notification with its
 * status, attempts, next attempt and body.
 */
final class NotificationOutbox implements AdminTask {
    private final Notifications notifications;

    NotificationOutbox(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        return listed(notifications.all());
    }

    static ResponseDefinition listed(List<Notification> notifications) {
        ObjectNode body = SimulatorJson.object();
        ArrayNode list = body.putArray("notifications");
        notifications.forEach(notification -> list.add(notification.toJson()));
        return Replies.json(200, body);
    }
}
