package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * Bad input for WorldFirst's notifications to the app, and what their refusal must be: 400 (not a
 * JSON object) or 401 (not signed by WorldFirst), besides the server's own refusals of size, type and charset (413, 415, 400 naming field and rule), in WorldFirst's own format, failed, never acknowledged.
 */
final class NotificationRefusals {
    static final Map<String, Object> FUNDS_RECEIVED = WorldFirstEndpoints.body("notifyType", "FUNDS_RECEIVED",
            "worldAccountId", "wfa-never-opened", "accountNo", "0000000000");

    private NotificationRefusals() {
    }

    /** Bodies WorldFirst could have sent, but nobody signed them. */
    static List<BadBody> unsignedButWellFormed() {
        return List.of(
                BadBody.of("unsigned funds received", Shot.JSON, "{\"notifyType\":\"FUNDS_RECEIVED\",\"worldAccountId\":\"wfa-1\","
                        + "\"accountNo\":\"1\",\"amount\":{\"currency\":\"CNH\",\"value\":\"100\"}}"),
                BadBody.of("unsigned unknown type", Shot.JSON, "{\"notifyType\":\"SOMETHING_ELSE\"}"),
                BadBody.of("empty", Shot.JSON, ""),
                BadBody.of("empty object", Shot.JSON, "{}"));
    }

    /** The headers WorldFirst signs with, filled in by someone without WorldFirst's key. */
    static Shot withForgedSignature(Shot shot) {
        return new Shot(shot.method(), shot.path(), shot.contentType(), shot.body(), List.of(
                Map.entry("Client-Id", "forged-client"), Map.entry("Request-Time", "2026-01-05T09:00:00+08:00"),
                Map.entry("Signature", "algorithm=RSA256,keyVersion=1,signature=Zm9yZ2Vk")));
    }

    static void unacknowledged(Shot shot, Reply refusal) {
        if (!refusal.json().has("result")) {
            // Refused by the server before WorldFirst's format applies (size, type, charset): the app's own refusal.
            AppRefusals.rest(shot, refusal);
            return;
        }
        assertThat(refusal.status()).as("%s: %s", shot, refusal).isIn(400, 401);
        assertThat(refusal.json().path("result").path("resultStatus").asText()).as("%s: %s", shot, refusal).isEqualTo("F");
    }
}
