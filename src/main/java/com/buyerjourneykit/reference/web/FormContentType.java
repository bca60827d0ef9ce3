package com.buyerjourneykit.reference.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Page posts carry their form as {@code application/x-www-form-urlencoded}, as the pages' forms
 * send it. Anything else is refused before the form is read: a multipart declaration over another
 * body made Javalin's form reader fail with a 500 ("bad multipart").
 */
final class FormContentType {
    static final String FORM = "application/x-www-form-urlencoded";

    private FormContentType() {
    }

    static void require(Context ctx) {
        String declared = ctx.header("Content-Type");
        if (declared == null || !declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals(FORM)) {
            throw new UnsupportedMediaType(FORM, declared == null ? "an undeclared type" : declared);
        }
    }
}
