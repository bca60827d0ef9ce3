package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.RegistrationForm;
import io.javalin.http.Context;

/** The 1688 registration form as REST sends it (JSON, booleans as booleans) and as the page posts it (a ticked box sends {@code true}). */
final class RegistrationForms {
    private RegistrationForms() {
    }

    static RegistrationForm of(JsonRequest body) {
        return new RegistrationForm(body.text("accountType"), body.text("memberName"), body.text("password"),
                body.text("confirmPassword"), body.text("countryCode"), body.text("mobile"), body.integer("sliderOffset"),
                body.flag("agreeTerms"), body.flag("agreePrivacy"), body.flag("agreeAlipay"), body.text("businessLicence"));
    }

    static RegistrationForm of(Context ctx) {
        return new RegistrationForm(ctx.formParam("accountType"), ctx.formParam("memberName"), ctx.formParam("password"),
                ctx.formParam("confirmPassword"), ctx.formParam("countryCode"), ctx.formParam("mobile"),
                integer(ctx.formParam("sliderOffset")), ticked(ctx, "agreeTerms"), ticked(ctx, "agreePrivacy"),
                ticked(ctx, "agreeAlipay"), ctx.formParam("businessLicence"));
    }

    private static Integer integer(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput("sliderOffset", "integer", "sliderOffset must be a whole number");
        }
    }

    private static Boolean ticked(Context ctx, String box) {
        return "true".equals(ctx.formParam(box));
    }
}
