package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.reference.web.StepRequest;

/** The 1688 registration form, as REST sends it (booleans as booleans) or as the page posts it. */
final class RegistrationForms {
    private RegistrationForms() {
    }

    static RegistrationForm of(StepRequest form) {
        return new RegistrationForm(form.text("accountType"), form.text("memberName"), form.text("password"),
                form.text("confirmPassword"), form.text("countryCode"), form.text("mobile"), form.integer("sliderOffset"),
                form.flag("agreeTerms"), form.flag("agreePrivacy"), form.flag("agreeAlipay"), form.text("businessLicence"));
    }
}
