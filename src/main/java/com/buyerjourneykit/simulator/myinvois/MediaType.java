package com.buyerjourneykit.simulator.myinvois;

import com.github.tomakehurst.wiremock.http.Request;

/** The media type a request declares, without parameters ({@code application/json; charset=utf-8} → {@code application/json}). */
final class MediaType {
    private MediaType() {
    }

    static String of(Request request) {
        String declared = request.getHeader("Content-Type");
        return declared == null ? "" : declared.split(";", 2)[0].strip();
    }

    static boolean is(Request request, String expected) {
        return expected.equalsIgnoreCase(of(request));
    }
}
