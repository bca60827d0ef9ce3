package com.buyerjourneykit.reference.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection for the pages' forms: a random token per browser, kept in an HttpOnly SameSite
 * cookie and sent back in each form's hidden {@code _csrf} field. A page on another site can make a
 * browser post a form here, but cannot read the token to put in it. (The REST API needs no token:
 * it takes {@code application/json} only, which a page on another site cannot send without asking.)
 */
final class FormToken {
    static final String FIELD = "_csrf";
    static final String MODEL = "csrfToken";
    private static final String COOKIE = "bjk_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    /** The browser's token, given one first if it has none; pages put it in their forms. */
    static String issue(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token == null || token.isBlank()) {
            token = fresh();
            Cookie cookie = new Cookie(COOKIE, token);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.STRICT);
            ctx.cookie(cookie);
        }
        ctx.attribute(MODEL, token);
        return token;
    }

    /** A form post carries the token its browser was given, or it is refused before anything runs. */
    static void require(Context ctx) {
        String expected = ctx.cookie(COOKIE);
        String sent = ctx.formParam(FIELD);
        if (expected == null || sent == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            throw new FormNotFromThisSite();
        }
    }

    private static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
