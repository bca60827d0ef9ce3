package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.InvalidInput;

/** A box the buyer ticks, read leniently: REST may send a JSON boolean or the text a page's box posts. */
public final class Ticks {
    private Ticks() {
    }

    /** A tick: a JSON boolean, or the text a page's box posts ({@code "true"}, {@code "false"}); {@code null} when absent. */
    public static Boolean of(StepRequest request, String field) {
        try {
            return request.flag(field);
        } catch (InvalidInput notABoolean) {
            return tickAsText(request, field);
        }
    }

    private static Boolean tickAsText(StepRequest request, String field) {
        String text;
        try {
            text = request.text(field);
        } catch (InvalidInput notAString) {
            text = null;
        }
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.valueOf(text);
        }
        throw new InvalidInput(field, "boolean", field + " must be true or false");
    }
}
