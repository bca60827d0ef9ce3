package com.buyerjourneykit.reference;

import com.buyerjourneykit.signing.Pem;
import com.buyerjourneykit.signing.RsaSignature;
import com.buyerjourneykit.signing.SignatureHeader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;

/** A notification as the simulated WorldFirst posts it: signed with its test key over the path, the client id, the time and the body. */
public final class SignedByWorldFirst {
    public static final String CLIENT = "bjk-reference-app";
    private static final String TIME = "2026-01-05T09:00:00+08:00";

    private SignedByWorldFirst() {
    }

    /** Posts {@code body} to {@code baseUrl + path}, with a signature made over {@code signedBody} (the body itself, unless a test forges). */
    public static HttpResponse<String> post(String baseUrl, String path, String body, String signedBody) {
        return JsonHttp.call(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json; charset=UTF-8").header("Client-Id", CLIENT).header("Request-Time", TIME)
                .header("Signature", signature(path, signedBody)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String signature(String path, String body) {
        PrivateKey worldFirst = Pem.privateKey(Pem.resource("simulator-private.pem"));
        return SignatureHeader.format("1", RsaSignature.sign(worldFirst, RsaSignature.content(path, CLIENT, TIME, body)));
    }
}
