package com.buyerjourneykit.drivers;

import java.util.Map;
import java.util.Set;

/** Guide section 4A, "Authorise your 1688 ID": the 1688 ID as entered and the agreement ticked (or not). */
public record AuthorisationInput(String alibaba1688Id, Boolean agreementAccepted) implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("alibaba1688Id", alibaba1688Id, "agreementAccepted", FormInput.tick(agreementAccepted));
    }

    @Override
    public Set<String> flags() {
        return Set.of("agreementAccepted");
    }
}
