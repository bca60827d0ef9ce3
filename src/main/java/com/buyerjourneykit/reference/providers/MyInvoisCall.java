package com.buyerjourneykit.reference.providers;

import com.buyerjourneykit.reference.MyInvoisClientSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * MyInvois's API, reached as the configured ERP client: each call carries the bearer token of
 * {@link MyInvoisToken}; a token MyInvois no longer accepts (its clock, not ours, decides when it
 * expires) is fetched again once and the call repeated. Answers MyInvois's status and JSON; no
 * answer at all, or one that is not JSON, is a {@code ProviderUnavailable}.
 */
public final class MyInvoisCall {
    public static final String PROVIDER = "MyInvois";
    private final String apiUrl;
    private final MyInvoisToken token;
    private final ProviderHttp http;

    public MyInvoisCall(MyInvoisClientSettings client, ProviderHttp http, Clock clock) {
        this.apiUrl = client.url() + "/api/v1.0/";
        this.token = new MyInvoisToken(client, http, clock);
        this.http = http;
    }

    /** MyInvois's status and body. */
    public record Answer(int status, JsonNode body) {
    }

    /** {@code api} relative to {@code /api/v1.0/}, such as {@code documentsubmissions}. */
    public Answer post(String api, String json) {
        return authorised(bearer -> http.postJson(PROVIDER, apiUrl + api, bearer, json));
    }

    public Answer get(String api) {
        return authorised(bearer -> http.get(PROVIDER, apiUrl + api, bearer));
    }

    private Answer authorised(Function<Map<String, String>, ProviderHttp.Answer> call) {
        ProviderHttp.Answer answer = call.apply(token.header());
        if (answer.status() == 401) {
            token.forget();
            answer = call.apply(token.header());
        }
        return new Answer(answer.status(), MyInvoisToken.json(answer));
    }
}
