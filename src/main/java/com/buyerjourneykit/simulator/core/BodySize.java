package com.buyerjourneykit.simulator.core;

import com.github.tomakehurst.wiremock.http.Request;

/** How big a request body is: the declared length if larger, so a lying short body is no way round the limit. */
final class BodySize {
    private BodySize() {
    }

    private static long of(Request request) {
        byte[] body = request.getBody();
        long actual = body == null ? 0 : body.length;
        return Math.max(actual, declared(request.getHeader("Content-Length")));
    }

    private static long declared(String contentLength) {
        try {
            return contentLength == null ? 0 : Long.parseLong(contentLength.strip());
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }

    static boolean exceedsLimit(Request request) {
        return of(request) > ProviderGate.MAX_BODY_BYTES;
    }
}
