package com.buyerjourneykit.reference.providers;

import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One call to WorldFirst's gateway: a signed JSON post to {@code <url>/amsin/api/v1/<api>}. Answers
 * whatever WorldFirst answered ({@code S}, {@code F} or {@code U}: the caller decides); an answer
 * that is not WorldFirst's (no 200, not JSON, no {@code result}, not signed with WorldFirst's key)
 * or no answer at all is a {@link ProviderUnavailable}.
 */
public final class WorldFirstCall {
    public static final String PROVIDER = "WorldFirst";
    private static final String API = "/amsin/api/v1/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String url;
    private final WorldFirstSigner signer;
    private final ProviderHttp http;

    public WorldFirstCall(String url, WorldFirstSigner signer, ProviderHttp http) {
        this.url = url;
        this.signer = signer;
        this.http = http;
    }

    public static ObjectNode body() {
        return JSON.createObjectNode();
    }

    /** {@code api} as WorldFirst names it, such as {@code fund/applyQuote}. */
    public WorldFirstAnswer call(String api, ObjectNode request) {
        String uri = API + api;
        String body = request.toString();
        ProviderHttp.Answer answer = http.postJson(PROVIDER, url + uri, signer.signedHeaders(uri, "Request-Time", body), body);
        if (answer.status() != 200) {
            throw new ProviderUnavailable(PROVIDER, "HTTP " + answer.status() + " from " + api);
        }
        if (!signer.signedByWorldFirst(uri, answer.header("Response-Time"), answer.body(), answer.header("Signature"))) {
            throw new ProviderUnavailable(PROVIDER, "the answer to " + api + " is not signed by WorldFirst");
        }
        return new WorldFirstAnswer(read(api, answer.body()));
    }

    private static JsonNode read(String api, String body) {
        try {
            JsonNode answer = JSON.readTree(body == null ? "" : body);
            if (answer == null || !answer.path("result").isObject()) {
                throw new ProviderUnavailable(PROVIDER, "the answer to " + api + " has no result");
            }
            return answer;
        } catch (JsonProcessingException notJson) {
            throw new ProviderUnavailable(PROVIDER, "the answer to " + api + " is not JSON");
        }
    }
}
