package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.core.FormFields;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /connect/token} (Login as Taxpayer System): OAuth 2.0 client credentials in the
 * form body, {@code scope=InvoicingAPI}. A refusal is the OAuth error of RFC 6749 §5.2, HTTP
 * 400 {@code {"error","error_description"}}, not MyInvois's API error shape.
 */
final class ConnectToken extends MyInvoisApi {
    static final String NAME = "myinvois-connect-token";
    static final String SCOPE = "InvoicingAPI";
    private static final String FORM = "application/x-www-form-urlencoded";
    private final Clients clients;
    private final Tokens tokens;

    ConnectToken(Clients clients, Tokens tokens) {
        super(NAME);
        this.clients = clients;
        this.tokens = tokens;
    }

    @Override
    ResponseDefinition answer(Request request) {
        try {
            return issued(client(request));
        } catch (OAuthRefusal refused) {
            return reply(400, SimulatorJson.object().put("error", refused.error()).put("error_description", refused.getMessage()));
        }
    }

    private Clients.Client client(Request request) {
        if (!MediaType.is(request, FORM)) {
            throw new OAuthRefusal("invalid_request", "the token request must be sent as " + FORM);
        }
        FormFields form = FormFields.decode(request.getBodyAsString());
        form.firstRepeatedKey().ifPresent(key -> {
            throw new OAuthRefusal("invalid_request", key + " must be given once");
        });
        String grantType = form.single("grant_type").orElse("");
        if (grantType.isBlank()) {
            throw new OAuthRefusal("invalid_request", "grant_type is required");
        }
        if (!"client_credentials".equals(grantType)) {
            throw new OAuthRefusal("unsupported_grant_type", "only client_credentials is supported");
        }
        Clients.Client client = clients.authenticate(form.single("client_id").orElse(""), form.single("client_secret").orElse(""))
                .orElseThrow(() -> new OAuthRefusal("invalid_client", "unknown client or wrong secret"));
        if (!form.single("scope").map(SCOPE::equals).orElse(true)) {
            throw new OAuthRefusal("invalid_scope", "the only scope is " + SCOPE);
        }
        return client;
    }

    private ResponseDefinition issued(Clients.Client client) {
        ObjectNode body = SimulatorJson.object()
                .put("access_token", tokens.issue(client))
                .put("token_type", "Bearer")
                .put("expires_in", Tokens.LIFETIME.toSeconds())
                .put("scope", SCOPE);
        return reply(200, body);
    }

    /** Token answers must not be cached (RFC 6749 §5.1). */
    private static ResponseDefinition reply(int status, ObjectNode body) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("Cache-Control", "no-store")
                .withBody(SimulatorJson.write(body))
                .build();
    }
}
