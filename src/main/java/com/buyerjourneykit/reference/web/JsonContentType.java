package com.buyerjourneykit.reference.web;

import io.javalin.http.Context;
import java.util.Locale;

/** REST posts carry JSON declared as such, or no body at all (a step that needs none). */
final class JsonContentType {
    private static final String JSON = "application/json";

    private JsonContentType() {
    }

    static void require(Context ctx) {
        String declared = ctx.header("Content-Type");
        if (declared == null ? !ctx.body().isEmpty() : !isJson(declared)) {
            throw new UnsupportedMediaType(JSON, declared == null ? "an undeclared type" : declared);
        }
    }

    /** {@code application/json}, with parameters such as {@code charset} allowed. */
    private static boolean isJson(String declared) {
        return declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals(JSON);
    }
}
