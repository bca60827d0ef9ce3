package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.web.StepRequest;

/** The World Account form as REST sends it (a tick as a boolean, or as "true"/"false") or as the page posts it. */
public final class WorldAccountForms {
    private WorldAccountForms() {
    }

    static WorldAccountForm of(StepRequest form) {
        return new WorldAccountForm(form.text("countryOfBusiness"), form.text("firstName"), form.text("lastName"),
                form.text("email"), form.text("codeChannel"), form.text("verificationCode"), form.text("password"),
                form.text("invitationCode"), tick(form, "marketInsightsConsent"), tick(form, "termsAccepted"));
    }

    /** A tick: a JSON boolean, or the text a page's box posts ({@code "true"}, {@code "false"}); {@code null} when absent. */
    public static Boolean tick(StepRequest form, String field) {
        try {
            return form.flag(field);
        } catch (InvalidInput notABoolean) {
            return tickAsText(form, field);
        }
    }

    private static Boolean tickAsText(StepRequest form, String field) {
        String text;
        try {
            text = form.text(field);
        } catch (InvalidInput notAString) {
            text = null;
        }
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.valueOf(text);
        }
        throw new InvalidInput(field, "boolean", field + " must be true or false");
    }
}
