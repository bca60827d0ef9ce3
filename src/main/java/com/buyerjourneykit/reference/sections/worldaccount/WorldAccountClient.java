package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.ProviderOutcome;
import com.buyerjourneykit.reference.providers.WorldFirstAnswer;
import com.buyerjourneykit.reference.providers.WorldFirstCall;
import com.buyerjourneykit.reference.providers.WorldFirstRefusals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * WorldFirst's registration APIs (simulated in WorldFirst's style; it publishes none):
 * {@code worldAccount/sendVerificationCode} and {@code worldAccount/register}. Nothing is retried:
 * each call sends a code or spends one.
 */
public final class WorldAccountClient implements WorldAccounts {
    private static final String SEND_CODE = "worldAccount/sendVerificationCode";
    private static final String REGISTER = "worldAccount/register";
    private static final List<String> BUYER_FIELDS = List.of("countryOfBusiness", "firstName", "lastName", "email",
            "codeChannel", "verificationCode", "password", "invitationCode", "marketInsightsConsent", "termsAccepted");
    private static final WorldFirstRefusals REFUSALS = new WorldFirstRefusals(Map.of(
            "CODE_SEND_TOO_FREQUENT", "resend-too-early",
            "VERIFICATION_CODE_INVALID", "wrong-code",
            "VERIFICATION_CODE_EXPIRED", "code-expired",
            "VERIFICATION_CODE_LOCKED", "code-locked",
            "VERIFICATION_CODE_USED", "code-used",
            "VERIFICATION_CODE_NOT_SENT", "code-not-sent",
            "ACCOUNT_ALREADY_EXIST", "world-account-exists"),
            BUYER_FIELDS.stream().collect(Collectors.toMap(Function.identity(), Function.identity())));
    private final WorldFirstCall worldFirst;

    public WorldAccountClient(WorldFirstCall worldFirst) {
        this.worldFirst = worldFirst;
    }

    @Override
    public ProviderOutcome sendCode(Journey buyer, CodeRequest code) {
        WorldFirstAnswer answer = worldFirst.call(SEND_CODE, contact(buyer, code));
        if (!answer.isSuccess()) {
            return refused(SEND_CODE, answer);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("maskedDestination", answer.path("maskedDestination").asText());
        facts.put("resendInSeconds", answer.path("resendInSeconds").asLong());
        facts.put("validForSeconds", answer.path("validForSeconds").asLong());
        return ProviderOutcome.accepted("code-sent", facts);
    }

    @Override
    public ProviderOutcome register(Journey buyer, WorldAccountRegistration registration) {
        WorldFirstAnswer answer = worldFirst.call(REGISTER, WorldAccountParameters.of(contact(buyer, registration.code()),
                registration));
        if (!answer.isSuccess()) {
            return refused(REGISTER, answer);
        }
        JsonNode account = answer.path("worldAccount");
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("worldAccountId", account.path("worldAccountId").asText());
        facts.put("maskedMobile", account.path("maskedMobile").asText());
        facts.put("marketInsightsConsent", account.path("marketInsightsConsent").asBoolean());
        return ProviderOutcome.accepted("world-account-opened", facts);
    }

    private static ObjectNode contact(Journey buyer, CodeRequest code) {
        ObjectNode body = WorldFirstCall.body().put("countryCode", buyer.countryCode()).put("mobile", buyer.nationalMobile())
                .put("codeChannel", code.codeChannel());
        if (code.email() != null) {
            body.put("email", code.email());
        }
        return body;
    }

    private static ProviderOutcome refused(String api, WorldFirstAnswer answer) {
        return ProviderOutcome.refused(REFUSALS.outcomeOf(api, answer), WorldFirstRefusals.factsOf(answer));
    }
}
