package com.buyerjourneykit.drivers;

import java.util.Map;

/** "Verify Identity": the identity document as the buyer types it, unvalidated. */
public record IdentityInput(String documentType, String documentNumber, String fullName, String nationality,
                            String dateOfBirth) implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("documentType", documentType, "documentNumber", documentNumber, "fullName", fullName,
                "nationality", nationality, "dateOfBirth", dateOfBirth);
    }
}
