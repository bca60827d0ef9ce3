package com.buyerjourneykit.reference.sections.alipayaccount;

import java.util.HashMap;
import java.util.Map;

/**
 * The biz_content of Alipay's personal-account methods, and which of its names are the buyer's
 * own fields (so a refusal of {@code date_of_birth} reaches the buyer as {@code dateOfBirth}).
 */
final class PersonalAccountContent {
    static final Map<String, String> IDENTITY_FIELDS = Map.of("document_type", "documentType",
            "document_number", "documentNumber", "full_name", "fullName", "nationality", "nationality",
            "date_of_birth", "dateOfBirth");
    static final Map<String, String> ADDRESS_FIELDS = Map.of("country", "country", "region", "region", "city", "city",
            "address_line", "addressLine", "postal_code", "postalCode");
    static final Map<String, String> DETAILS_FIELDS = Map.of("occupation", "occupation", "email", "email");

    private PersonalAccountContent() {
    }

    static Map<String, String> identity(IdentityDocument document) {
        Map<String, String> content = new HashMap<>();
        content.put("document_type", document.documentType());
        content.put("document_number", document.documentNumber());
        content.put("full_name", document.fullName());
        content.put("nationality", document.nationality());
        content.put("date_of_birth", document.dateOfBirth().toString());
        return content;
    }

    static Map<String, String> address(HomeAddress address) {
        Map<String, String> content = new HashMap<>();
        content.put("country", address.country());
        content.put("region", address.region());
        content.put("city", address.city());
        content.put("address_line", address.addressLine());
        address.postalCode().ifPresent(code -> content.put("postal_code", code));
        return content;
    }

    static Map<String, String> details(PersonalDetails details) {
        Map<String, String> content = new HashMap<>();
        content.put("occupation", details.occupation());
        details.email().ifPresent(email -> content.put("email", email));
        return content;
    }
}
