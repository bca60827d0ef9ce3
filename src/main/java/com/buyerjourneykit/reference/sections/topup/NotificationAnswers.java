package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.web.NotificationReply;
import com.buyerjourneykit.reference.web.ProviderNotification;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * WorldFirst's notifications ({@code POST /api/v1/worldfirst/notifications}), answered in its
 * format. Believed only when WorldFirst's key signed them over this path; else 401 and no
 * acknowledgement, so WorldFirst sends it again. The acknowledgement is signed with the app's key.
 */
final class NotificationAnswers {
    static final String PATH = "worldfirst/notifications";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WorldFirstNotificationClient worldFirst;
    private final FundsReceived funds;

    NotificationAnswers(WorldFirstNotificationClient worldFirst, FundsReceived funds) {
        this.worldFirst = worldFirst;
        this.funds = funds;
    }

    NotificationReply answer(ProviderNotification notification) {
        if (!worldFirst.isFromWorldFirst(notification.path(), notification.header("Request-Time"), notification.body(),
                notification.header("Signature"))) {
            return new NotificationReply(401, Map.of(), result("INVALID_SIGNATURE", "F", "the notification is not signed by WorldFirst"));
        }
        Optional<JsonNode> body = read(notification.body());
        if (body.isEmpty()) {
            return new NotificationReply(400, Map.of(), result("PARAM_ILLEGAL", "F", "the notification is not a JSON object"));
        }
        if ("FUNDS_RECEIVED".equals(body.get().path("notifyType").asText())) {
            funds.record(body.get(), notification.body());
        }
        String acknowledgement = result("SUCCESS", "S", "success");
        return new NotificationReply(200, worldFirst.acknowledgementHeaders(notification.path(), acknowledgement), acknowledgement);
    }

    private static Optional<JsonNode> read(String body) {
        try {
            JsonNode json = JSON.readTree(body == null ? "" : body);
            return json != null && json.isObject() ? Optional.of(json) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    private static String result(String code, String status, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("result").put("resultCode", code).put("resultStatus", status).put("resultMessage", message);
        return body.toString();
    }
}
