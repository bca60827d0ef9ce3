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
import java.util.function.Supplier;

/**
 * {@code GET /__admin/sim/worldfirst/notifications}: the outbox, each notification with its
 * status, attempts and next attempt. {@code POST …/notification-dispatches}: sends every
 * notification due at the virtual now again, and lists those it attempted.
 */
final class NotificationOutbox implements AdminTask {
    private final Supplier<List<Notification>> listing;

    private NotificationOutbox(Supplier<List<Notification>> listing) {
        this.listing = listing;
    }

    static NotificationOutbox read(Notifications notifications) {
        return new NotificationOutbox(notifications::all);
    }

    static NotificationOutbox dispatch(Notifications notifications) {
        return new NotificationOutbox(notifications::dispatchDue);
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        ObjectNode body = SimulatorJson.object();
        ArrayNode list = body.putArray("notifications");
        listing.get().forEach(notification -> list.add(notification.toJson()));
        return Replies.json(200, body);
    }
}
