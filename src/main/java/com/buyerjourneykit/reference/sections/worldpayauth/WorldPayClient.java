package com.buyerjourneykit.reference.sections.worldpayauth;

import com.buyerjourneykit.reference.journey.ProviderOutcome;
import com.buyerjourneykit.reference.providers.WorldFirstAnswer;
import com.buyerjourneykit.reference.providers.WorldFirstCall;
import com.buyerjourneykit.reference.providers.WorldFirstRefusals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * WorldFirst's World Pay authorisation of 1688 IDs (simulated in WorldFirst's style; it publishes
 * no API for it): {@code worldPay/authorise}, {@code …/resendCode}, {@code …/confirm} and
 * {@code worldPay/inquiryLinked1688Accounts}. Nothing is retried: these calls send or spend codes.
 */
public final class WorldPayClient implements WorldPayAuthorisations {
    private static final String AUTHORISE = "worldPay/authorise";
    private static final String RESEND = "worldPay/authorise/resendCode";
    private static final String CONFIRM = "worldPay/authorise/confirm";
    private static final String LINKED = "worldPay/inquiryLinked1688Accounts";
    private static final WorldFirstRefusals REFUSALS = new WorldFirstRefusals(Map.ofEntries(
            Map.entry("MEMBER_NOT_VERIFIED_BY_ALIPAY", "member-not-verified-by-alipay"),
            Map.entry("LINKED_TO_ALIPAY_INTERNATIONAL", "linked-to-alipay-international"),
            Map.entry("ALREADY_AUTHORISED", "already-authorised"),
            Map.entry("LINKED_TO_ANOTHER_WORLD_ACCOUNT", "linked-to-another-world-account"),
            Map.entry("CODE_SEND_TOO_FREQUENT", "resend-too-early"),
            Map.entry("VERIFICATION_CODE_INVALID", "wrong-code"),
            Map.entry("VERIFICATION_CODE_EXPIRED", "code-expired"),
            Map.entry("VERIFICATION_CODE_LOCKED", "code-locked"),
            Map.entry("VERIFICATION_CODE_USED", "code-used"),
            Map.entry("VERIFICATION_CODE_NOT_SENT", "code-not-sent"),
            Map.entry("AUTHORISATION_NOT_EXIST", WorldPayAuthorisation.NONE_WAITING),
            Map.entry("USER_NOT_EXIST", "world-account-unknown")),
            Map.of("alibaba1688Id", "alibaba1688Id", "nickname", "nickname", "agreementAccepted", "agreementAccepted",
                    "codeChannel", "codeChannel", "verificationCode", "code"));
    private final WorldFirstCall worldFirst;

    public WorldPayClient(WorldFirstCall worldFirst) {
        this.worldFirst = worldFirst;
    }

    @Override
    public ProviderOutcome start(String worldAccountId, AuthorisationRequest request) {
        ObjectNode body = WorldFirstCall.body().put("worldAccountId", worldAccountId)
                .put("alibaba1688Id", request.alibaba1688Id()).put("agreementAccepted", true)
                .put("codeChannel", request.codeChannel());
        request.nickname().ifPresent(nickname -> body.put("nickname", nickname));
        WorldFirstAnswer answer = worldFirst.call(AUTHORISE, body);
        return codeSent(AUTHORISE, answer, answer.path("authorisationId").asText(), request.alibaba1688Id());
    }

    @Override
    public ProviderOutcome resendCode(String authorisationId, Optional<String> codeChannel) {
        ObjectNode body = WorldFirstCall.body().put("authorisationId", authorisationId);
        codeChannel.ifPresent(channel -> body.put("codeChannel", channel));
        return codeSent(RESEND, worldFirst.call(RESEND, body), authorisationId, null);
    }

    @Override
    public ProviderOutcome confirm(String authorisationId, String code) {
        WorldFirstAnswer answer = worldFirst.call(CONFIRM, WorldFirstCall.body().put("authorisationId", authorisationId)
                .put("verificationCode", code));
        if (!answer.isSuccess()) {
            return refused(CONFIRM, answer);
        }
        JsonNode linked = answer.path("linked1688Account");
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("alibaba1688Id", linked.path("alibaba1688Id").asText());
        if (linked.hasNonNull("nickname")) {
            facts.put("nickname", linked.path("nickname").asText());
        }
        return ProviderOutcome.accepted(WorldPayAuthorisation.ACTIVATED, facts);
    }

    @Override
    public ProviderOutcome linked(String worldAccountId) {
        WorldFirstAnswer answer = worldFirst.call(LINKED, WorldFirstCall.body().put("worldAccountId", worldAccountId));
        if (!answer.isSuccess()) {
            return refused(LINKED, answer);
        }
        List<String> ids = new ArrayList<>();
        answer.path("linked1688Accounts").forEach(account -> ids.add(account.path("alibaba1688Id").asText()));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("count", (long) ids.size());
        facts.put("linked1688Ids", String.join(",", ids));
        return ProviderOutcome.accepted(WorldPayAuthorisation.LINKED, facts);
    }

    /** {@code alibaba1688Id} as the buyer entered it, when the answer is to a new authorisation. */
    private static ProviderOutcome codeSent(String api, WorldFirstAnswer answer, String authorisationId,
                                                 String alibaba1688Id) {
        if (!answer.isSuccess()) {
            return refused(api, answer);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("authorisationId", authorisationId);
        if (alibaba1688Id != null) {
            facts.put("alibaba1688Id", alibaba1688Id);
        }
        facts.put("maskedDestination", answer.path("maskedDestination").asText());
        facts.put("resendInSeconds", answer.path("resendInSeconds").asLong());
        facts.put("validForSeconds", answer.path("validForSeconds").asLong());
        return ProviderOutcome.accepted(WorldPayAuthorisation.CODE_SENT, facts);
    }

    private static ProviderOutcome refused(String api, WorldFirstAnswer answer) {
        return ProviderOutcome.refused(REFUSALS.outcomeOf(api, answer), WorldFirstRefusals.factsOf(answer));
    }
}
