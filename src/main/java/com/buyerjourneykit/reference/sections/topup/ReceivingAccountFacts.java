package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A receiving account as WorldFirst describes it (TOP-02, TOP-03), told as the answer's facts. */
final class ReceivingAccountFacts {
    private ReceivingAccountFacts() {
    }

    static SectionOutcome preview(JsonNode account) {
        return describe(SectionOutcome.success(200, "receiving-account-preview"), account);
    }

    static SectionOutcome created(JsonNode account) {
        SectionOutcome answer = SectionOutcome.success(201, "receiving-account-created").with("accountNo", account.path("accountNo").asText())
                .with("status", account.path("status").asText());
        return describe(answer, account);
    }

    private static SectionOutcome describe(SectionOutcome answer, JsonNode account) {
        List<String> methods = new ArrayList<>();
        account.path("paymentMethods").forEach(method -> methods.add(method.path("method").asText()));
        JsonNode first = account.path("paymentMethods").path(0);
        return answer.with("currency", account.path("currency").asText())
                .with("accountName", account.path("accountName").asText())
                .with("bankName", account.path("bankName").asText())
                .with("bankLocation", account.path("bankLocation").asText())
                .with("collectedCurrencies", joined(account.path("collectedCurrencies")))
                .with("otherCurrencies", account.path("otherCurrencies").asText())
                .with("paymentMethods", String.join(", ", methods))
                .with("arrivalDays", first.path("arrival").asText().replace(" days", ""));
    }

    private static String joined(JsonNode texts) {
        List<String> all = new ArrayList<>();
        texts.forEach(text -> all.add(text.asText()));
        return String.join(", ", all);
    }
}
