package com.buyerjourneykit.reference.sections.worldpayauth;

import com.buyerjourneykit.reference.journey.ProviderOutcome;
import java.util.Optional;

/** WorldFirst as guide section 4A needs it: authorise a 1688 ID, resend or confirm its code, list the linked IDs. */
public interface WorldPayAuthorisations {

    ProviderOutcome start(String worldAccountId, AuthorisationRequest request);

    /** {@code codeChannel} empty: where the last code went. */
    ProviderOutcome resendCode(String authorisationId, Optional<String> codeChannel);

    ProviderOutcome confirm(String authorisationId, String code);

    ProviderOutcome linked(String worldAccountId);
}
