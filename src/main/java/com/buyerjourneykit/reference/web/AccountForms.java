package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.HomeAddress;
import com.buyerjourneykit.reference.journey.IdentityDocument;
import com.buyerjourneykit.reference.journey.PersonalDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The fields of the Alipay account steps, read the same way from a REST body or a page form
 * ({@code field} → typed value, {@code null} when absent); the journey's rules then check them.
 */
final class AccountForms {
    static final List<String> IDENTITY = List.of("documentType", "documentNumber", "fullName", "nationality", "dateOfBirth");
    static final List<String> ADDRESS = List.of("country", "region", "city", "addressLine", "postalCode");
    static final List<String> DETAILS = List.of("occupation", "email");

    private AccountForms() {
    }

    static IdentityDocument identity(UnaryOperator<String> field, LocalDate today) {
        return IdentityDocument.of(field.apply("documentType"), field.apply("documentNumber"), field.apply("fullName"),
                field.apply("nationality"), field.apply("dateOfBirth"), today);
    }

    static HomeAddress address(UnaryOperator<String> field) {
        return HomeAddress.of(field.apply("country"), field.apply("region"), field.apply("city"),
                field.apply("addressLine"), field.apply("postalCode"));
    }

    static PersonalDetails details(UnaryOperator<String> field) {
        return PersonalDetails.of(field.apply("occupation"), field.apply("email"));
    }
}
