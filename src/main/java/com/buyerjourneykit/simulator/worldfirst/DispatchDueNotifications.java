package com.buyerjourneykit.simulator.worldfirst;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * {@code POST /__admin/sim/worldfirst/notification-dispatches}: every notification due at the
 * virtual now is sent again; answers those attempted, as the outbox lists them.
 */
final class DispatchDueNotifications implements AdminTask {
    private final Notifications notifications;

    DispatchDueNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        return NotificationOutbox.listed(notifications.dispatchDue());
    }
}
