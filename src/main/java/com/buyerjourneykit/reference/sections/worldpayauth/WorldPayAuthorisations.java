package com.buyerjourneykit.reference.sections.worldpayauth;

import java.util.Optional;

/** WorldFirst as guide section 4A needs it: authorise a 1688 ID, resend or confirm its code, list the linked IDs. */
public interface WorldPayAuthorisations {

    AuthorisationOutcome start(String worldAccountId, AuthorisationRequest request);

    /** {@code codeChannel} empty: where the last code went. */
    AuthorisationOutcome resendCode(String authorisationId, Optional<String> codeChannel);

    AuthorisationOutcome confirm(String authorisationId, String code);

    AuthorisationOutcome linked(String worldAccountId);
}
