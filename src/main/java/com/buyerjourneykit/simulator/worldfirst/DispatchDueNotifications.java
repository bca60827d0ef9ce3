package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.core.ControlTask;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/worldfirst/notification-dispatches}: every notification due at the
 * virtual now is sent again; answers those attempted, as the outbox lists them.
 */
final class DispatchDueNotifications extends ControlTask {
    private final Notifications notifications;

    DispatchDueNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    protected ResponseDefinition answer(Request request, PathParams pathParams) {
        return NotificationOutbox.listed(notifications.dispatchDue());
    }
}
