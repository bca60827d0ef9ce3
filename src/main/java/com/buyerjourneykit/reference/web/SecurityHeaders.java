package com.buyerjourneykit.reference.web;

import io.javalin.http.Context;

/** Headers on every answer: no scripts or frames from anywhere, no type sniffing, no referrer to other sites. */
final class SecurityHeaders {
    /** The pages use no script at all and only their own style sheet. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    static void add(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
