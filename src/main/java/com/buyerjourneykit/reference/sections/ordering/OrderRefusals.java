package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.SectionRefusal;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.fasterxml.jackson.databind.JsonNode;

/** 1688's business refusals of an order, as the buyer's 422 answers with the numbers they need to fix it. */
final class OrderRefusals {
    private OrderRefusals() {
    }

    /** The refusal 1688's answer {@code code} stands for; one the buyer cannot act on is an outage of 1688. */
    static RuntimeException of(String api, JsonNode answer, OrderForm order, Buyer buyer) {
        String message = answer.path("message").asText();
        return switch (answer.path("code").asText()) {
            case "OFFER_NOT_AVAILABLE_IN_REGION" -> new SectionRefusal(422, "not-available-in-region", message)
                    .with("offerId", order.offerId()).with("region", buyer.region());
            case "QUANTITY_BELOW_MINIMUM" -> new SectionRefusal(422, "quantity-below-minimum", message)
                    .showing("minOrderQuantity", answer.path("minOrderQuantity").asLong());
            case "QUANTITY_EXCEEDS_STOCK" -> new SectionRefusal(422, "quantity-exceeds-stock", message)
                    .showing("stock", answer.path("stock").asLong());
            case "RED_PACKET_NOT_APPLICABLE" -> new SectionRefusal(422, "red-packet-not-applicable", message)
                    .showing("minimumOrder", Yuan.ofFen(answer.path("minimumOrder").asLong())).with("currency", "CNY");
            case "MEMBER_UNKNOWN" -> new SectionRefusal(422, "member-unknown", message);
            default -> new ProviderUnavailable("1688", api + " answered " + answer.path("code").asText());
        };
    }
}
