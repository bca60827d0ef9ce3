package com.buyerjourneykit.drivers;

import java.util.Map;

/** "Send code" on the World Account form: to the journey's mobile (MOBILE) or to an e-mail address (EMAIL). */
public record CodeRequestInput(String codeChannel, String email) implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("codeChannel", codeChannel, "email", email);
    }
}
