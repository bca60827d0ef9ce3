package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.reference.web.StepRequest;
import java.time.LocalDate;

/**
 * The fields of the Alipay account steps, read the same way from a REST body or a page form
 * ({@code null} when absent); the journey's rules then check them.
 */
final class AccountForms {
    static final String[] IDENTITY = {"documentType", "documentNumber", "fullName", "nationality", "dateOfBirth"};
    static final String[] ADDRESS = {"country", "region", "city", "addressLine", "postalCode"};
    static final String[] DETAILS = {"occupation", "email"};

    private AccountForms() {
    }

    static IdentityDocument identity(StepRequest form, LocalDate today) {
        return IdentityDocument.of(form.text("documentType"), form.text("documentNumber"), form.text("fullName"),
                form.text("nationality"), form.text("dateOfBirth"), today);
    }

    static HomeAddress address(StepRequest form) {
        return HomeAddress.of(form.text("country"), form.text("region"), form.text("city"),
                form.text("addressLine"), form.text("postalCode"));
    }

    static PersonalDetails details(StepRequest form) {
        return PersonalDetails.of(form.text("occupation"), form.text("email"));
    }
}
