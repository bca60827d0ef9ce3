package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Money arrived at a receiving account ({@code FUNDS_RECEIVED}): recorded once per notification
 * with the journey whose World Account it names, by its {@code notificationId} when WorldFirst
 * sends one, else by its body, which a retry repeats byte for byte. Money in CNH is CNH topped up (TOP-07).
 */
final class FundsReceived {
    private static final Logger LOG = LoggerFactory.getLogger(FundsReceived.class);
    private final Journeys journeys;

    FundsReceived(Journeys journeys) {
        this.journeys = journeys;
    }

    void record(JsonNode funds, String raw) {
        Optional<Journey> journey = journeys.findByStepReference(TopUpSteps.WORLD_ACCOUNT, funds.path("worldAccountId").asText());
        if (journey.isEmpty()) {
            LOG.info("funds received for a World Account no journey opened; acknowledged, nothing recorded");
            return;
        }
        String id = funds.hasNonNull("notificationId") ? funds.path("notificationId").asText() : RequestIds.sha256(raw);
        journeys.recordFactOnce(journey.get(), "funds-received/" + id, raw);
        boolean cnh = CurrencyCode.CNH.equals(funds.path("amount").path("currency").asText());
        if (cnh && journey.get().isFinished(TopUpSteps.RECEIVING_ACCOUNT) && !journey.get().isFinished(TopUpSteps.CNH_CONVERSION)) {
            journeys.finish(journey.get(), TopUpSteps.CNH_CONVERSION, "funds-received/" + id);
        }
    }
}
