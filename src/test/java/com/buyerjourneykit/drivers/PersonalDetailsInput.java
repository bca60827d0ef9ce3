package com.buyerjourneykit.drivers;

import java.util.Map;

/** "Complete Personal Details", as the buyer types them, unvalidated. */
public record PersonalDetailsInput(String occupation, String email) implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("occupation", occupation, "email", email);
    }
}
