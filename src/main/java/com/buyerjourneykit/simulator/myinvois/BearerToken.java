package com.buyerjourneykit.simulator.myinvois;

import com.github.tomakehurst.wiremock.http.Request;
import java.util.Optional;

/** The token of an {@code Authorization: Bearer <token>} header (scheme in any case), if the request has one. */
final class BearerToken {
    private static final String SCHEME = "bearer ";

    private BearerToken() {
    }

    static Optional<String> of(Request request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(SCHEME.length()).strip()).filter(token -> !token.isEmpty());
    }
}
