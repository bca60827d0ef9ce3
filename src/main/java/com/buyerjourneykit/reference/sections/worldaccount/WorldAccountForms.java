package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.web.Ticks;
import com.buyerjourneykit.reference.web.StepRequest;

/** The World Account form as REST sends it (a tick as a boolean, or as "true"/"false") or as the page posts it. */
final class WorldAccountForms {
    private WorldAccountForms() {
    }

    static WorldAccountForm of(StepRequest form) {
        return new WorldAccountForm(form.text("countryOfBusiness"), form.text("firstName"), form.text("lastName"),
                form.text("email"), form.text("codeChannel"), form.text("verificationCode"), form.text("password"),
                form.text("invitationCode"), Ticks.of(form, "marketInsightsConsent"), Ticks.of(form, "termsAccepted"));
    }
}
