package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.providers.WorldFirstSigner;
import java.util.Map;

/** WorldFirst's side of a notification: is it signed by WorldFirst's key, and the app's signature on the acknowledgement. */
final class WorldFirstNotificationClient {
    private final WorldFirstSigner signer;

    WorldFirstNotificationClient(WorldFirstSigner signer) {
        this.signer = signer;
    }

    /** Signed over {@code path}, the notify URL's path WorldFirst posted to. */
    boolean isFromWorldFirst(String path, String requestTime, String body, String signature) {
        return signer.signedByWorldFirst(path, requestTime, body, signature);
    }

    /** {@code Client-Id}, {@code Response-Time} and {@code Signature}: WorldFirst counts only a signed acknowledgement. */
    Map<String, String> acknowledgementHeaders(String path, String body) {
        return signer.signedHeaders(path, "Response-Time", body);
    }
}
