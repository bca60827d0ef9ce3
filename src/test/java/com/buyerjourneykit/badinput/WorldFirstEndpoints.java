package com.buyerjourneykit.badinput;

import com.buyerjourneykit.badinput.AppEndpoint.Journey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference app's WorldFirst endpoints (sections 3, 4A, 4B), each with a body whose good answer
 * stays the same when sent again: a step already done, a refusal that is a rule of the guide, a
 * preview, a read, or an idempotency key.
 */
final class WorldFirstEndpoints {
    /** A 1688 member the simulator knows but Alipay never verified: authorising it is refused, every time. */
    static final String UNVERIFIED_MEMBER = AppEndpoints.MEMBER_NAME;
    private static final String JOURNEY = "/api/v1/journeys/{journeyId}/worldfirst/";
    private static final Journey OPENED = Journey.WORLD_ACCOUNT_OPENED;

    static final List<AppEndpoint> ALL = List.of(
            new AppEndpoint("POST", JOURNEY + "world-account/verification-codes", null, OPENED),
            new AppEndpoint("POST", JOURNEY + "world-account", body("countryOfBusiness", "MY", "firstName", "Nur",
                    "lastName", "Aisyah", "verificationCode", "000000", "password", "Secret2026",
                    "marketInsightsConsent", "true", "termsAccepted", true), OPENED),
            new AppEndpoint("POST", JOURNEY + "authorisations", body("alibaba1688Id", UNVERIFIED_MEMBER,
                    "agreementAccepted", true), OPENED),
            new AppEndpoint("POST", JOURNEY + "authorisations/resend", null, OPENED),
            new AppEndpoint("POST", JOURNEY + "authorisations/code-checks", body("code", "000000"), OPENED),
            new AppEndpoint("GET", "/api/v1/worldfirst/linked-1688-accounts?journeyId={journeyId}", null, OPENED),
            new AppEndpoint("POST", JOURNEY + "receiving-accounts/previews", body("currency", "CNH",
                    "accountName", "My CNH account"), OPENED),
            new AppEndpoint("POST", JOURNEY + "receiving-accounts", body("currency", "CNH", "accountName", "Fuzz CNH",
                    "idempotencyKey", "fuzz-receiving-account"), OPENED),
            new AppEndpoint("GET", "/api/v1/worldfirst/balances?journeyId={journeyId}", null, OPENED),
            new AppEndpoint("POST", JOURNEY + "quotes", body("sellCurrency", "SGD", "buyCurrency", "CNH",
                    "sellAmount", "100.00"), OPENED),
            // A quote id changes with every quote, so the good conversion is one of a quote nobody offered.
            new AppEndpoint("POST", JOURNEY + "conversions", body("quoteId", "q-never-offered",
                    "idempotencyKey", "fuzz-conversion"), OPENED));

    private WorldFirstEndpoints() {
    }

    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
