package com.buyerjourneykit.reference.sections.worldpayauth;

import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.Optional;

/** The rules of the authorisation form, checked before WorldFirst is asked; each names field and rule. */
final class AuthorisationInputs {
    private static final int MAX_ID = 64;
    private static final int MAX_NICKNAME = 30;

    private AuthorisationInputs() {
    }

    static AuthorisationRequest request(String alibaba1688Id, String nickname, Boolean agreementAccepted, String codeChannel) {
        String id = Inputs.required("alibaba1688Id", alibaba1688Id).strip();
        if (id.codePointCount(0, id.length()) > MAX_ID) {
            throw new InvalidInput("alibaba1688Id", "max-length-64", "alibaba1688Id must be at most 64 characters");
        }
        Optional<String> name = nickname(nickname);
        if (!Boolean.TRUE.equals(agreementAccepted)) {
            throw new InvalidInput("agreementAccepted", "accepted",
                    "agreementAccepted must be true: the buyer has to read and agree with the agreement");
        }
        return new AuthorisationRequest(id, name, codeChannel(codeChannel));
    }

    /** MOBILE (the default: the World Account's mobile) or EMAIL ("Change Method"). */
    static String codeChannel(String channel) {
        return changedChannel(channel).orElse("MOBILE");
    }

    /** The channel the buyer chose for a resent code, if any. */
    static Optional<String> changedChannel(String channel) {
        if (channel == null || channel.isBlank()) {
            return Optional.empty();
        }
        String chosen = channel.strip();
        if (!chosen.equals("MOBILE") && !chosen.equals("EMAIL")) {
            throw new InvalidInput("codeChannel", "one-of", "codeChannel must be MOBILE or EMAIL");
        }
        return Optional.of(chosen);
    }

    private static Optional<String> nickname(String nickname) {
        if (nickname == null || nickname.isBlank()) {
            return Optional.empty();
        }
        String value = nickname.strip();
        if (value.codePointCount(0, value.length()) > MAX_NICKNAME) {
            throw new InvalidInput("nickname", "max-length-30", "nickname must be at most 30 characters");
        }
        return Optional.of(value);
    }
}
