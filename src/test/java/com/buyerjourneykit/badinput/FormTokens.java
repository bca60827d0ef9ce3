package com.buyerjourneykit.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The app's CSRF form token as a browser holds it: in a cookie, and in each form's hidden {@code _csrf} field. */
record FormTokens(String cookie, String token) {
    private static final String COOKIE = "bjk_csrf";
    static final String FIELD = "_csrf";

    static FormTokens of(List<String> cookies) {
        return cookies.stream().filter(cookie -> cookie.startsWith(COOKIE + "=")).findFirst()
                .map(cookie -> new FormTokens(cookie, cookie.substring(COOKIE.length() + 1)))
                .orElse(new FormTokens("", ""));
    }

    /** The form's fields with the token first, as the pages' forms post it. */
    List<Map.Entry<String, String>> in(List<Map.Entry<String, String>> form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry(FIELD, token));
        fields.addAll(form);
        return fields;
    }

    /** A page post as a browser sends it: with its cookie. */
    Shot sentBy(Shot shot) {
        return cookie.isEmpty() ? shot : new Shot(shot.method(), shot.path(), shot.contentType(), shot.body(),
                List.of(Map.entry("Cookie", cookie)));
    }
}
