package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.core.ControlTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.sms.SmsDelivery;
import com.buyerjourneykit.simulator.sms.SmsMessage;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code GET /__admin/sim/sms-inbox/{phone}}: the messages one E.164 number (or e-mail address) has received, oldest
 * first; a message still on its way to a late-receiving magic number is not shown yet.
 */
final class ReadSmsInbox extends ControlTask {
    private final SmsDelivery delivery;

    ReadSmsInbox(SmsDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    protected ResponseDefinition answer(Request request, PathParams pathParams) {
        try {
            return inboxOf(InboxAddress.of(pathParams.get("phone")));
        } catch (InvalidControlField invalid) {
            return Replies.invalidField(invalid.field(), invalid.rule(), invalid.getMessage());
        }
    }

    private ResponseDefinition inboxOf(String phone) {
        ObjectNode body = SimulatorJson.object().put("phone", phone);
        ArrayNode messages = body.putArray("messages");
        for (SmsMessage message : delivery.receivedBy(phone)) {
            messages.addObject()
                    .put("provider", message.provider())
                    .put("text", message.text())
                    .put("code", message.code())
                    .put("sentAt", message.sentAt().toString());
        }
        return Replies.json(200, body);
    }
}
