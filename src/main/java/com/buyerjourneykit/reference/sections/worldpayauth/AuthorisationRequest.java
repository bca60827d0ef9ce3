package com.buyerjourneykit.reference.sections.worldpayauth;

import java.util.Optional;

/** "Authorise 1688.com accounts" as checked: the 1688 ID as entered, an optional nickname, where the code goes. */
public record AuthorisationRequest(String alibaba1688Id, Optional<String> nickname, String codeChannel) {
}
