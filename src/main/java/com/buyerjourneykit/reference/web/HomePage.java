package com.buyerjourneykit.reference.web;

import io.javalin.http.Context;
import java.util.Map;

/** The six steps of the guide, in the buyer's language (JRN-01). */
final class HomePage {
    private final Pages pages;

    HomePage(Pages pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        pages.render(ctx, 200, AlipayCodePages.language(ctx), "home", Map.of());
    }
}
