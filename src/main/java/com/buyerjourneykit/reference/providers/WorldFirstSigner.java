package com.buyerjourneykit.reference.providers;

import com.buyerjourneykit.reference.WorldFirstClientSettings;
import com.buyerjourneykit.signing.Pem;
import com.buyerjourneykit.signing.RsaSignature;
import com.buyerjourneykit.signing.SignatureHeader;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The app's side of WorldFirst's signatures (SHA256withRSA over {@code "POST <uri>\n<client-id>.<time>.<body>"}):
 * it signs what it sends (requests, acknowledgements) with its own key and believes only what WorldFirst's key signed.
 */
public final class WorldFirstSigner {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private final WorldFirstClientSettings client;
    private final PrivateKey clientKey;
    private final PublicKey worldFirstKey;
    private final Clock clock;

    public WorldFirstSigner(WorldFirstClientSettings client, Clock clock) {
        this.client = client;
        this.clientKey = Pem.privateKey(client.clientPrivateKeyPem());
        this.worldFirstKey = Pem.publicKey(client.worldFirstPublicKeyPem());
        this.clock = clock;
    }

    public String clientId() {
        return client.clientId();
    }

    /** {@code Client-Id}, {@code <timeHeader>} and {@code Signature} for a body sent to (or answered at) {@code uri}. */
    public Map<String, String> signedHeaders(String uri, String timeHeader, String body) {
        String time = clock.instant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(8)).format(TIME);
        String signature = RsaSignature.sign(clientKey, RsaSignature.content(uri, client.clientId(), time, body));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Client-Id", client.clientId());
        headers.put(timeHeader, time);
        headers.put("Signature", SignatureHeader.format(client.keyVersion(), signature));
        return headers;
    }

    /** Whether WorldFirst signed {@code body} at {@code uri} and {@code time} for this client. */
    public boolean signedByWorldFirst(String uri, String time, String body, String signatureHeader) {
        Optional<SignatureHeader> header = SignatureHeader.parse(signatureHeader);
        return header.isPresent() && time != null && RsaSignature.verify(worldFirstKey,
                RsaSignature.content(uri, client.clientId(), time, body == null ? "" : body), header.get().signature());
    }
}
