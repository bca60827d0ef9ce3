package com.buyerjourneykit.simulator.myinvois;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** An API behind the bearer token of {@code /connect/token}: no token, an unknown or an expired one is 401. */
abstract class AuthenticatedApi extends MyInvoisApi {
    private final Tokens tokens;

    AuthenticatedApi(String name, Tokens tokens) {
        super(name);
        this.tokens = tokens;
    }

    @Override
    final ResponseDefinition answer(Request request) {
        Clients.Client client = tokens.clientOf(BearerToken.of(request).orElse(null))
                .orElseThrow(() -> new MyInvoisError(401, "Unauthorized",
                        "A valid bearer token is required: log in again through /connect/token", "Authorization"));
        return answer(request, client);
    }

    abstract ResponseDefinition answer(Request request, Clients.Client client);
}
