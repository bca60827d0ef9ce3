package com.buyerjourneykit.reference.sections.ordering;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** An offer as a search result row shows it (ORD-02/03): 1688's summary in the buyer's terms, prices in yuan. */
final class OfferFacts {
    private OfferFacts() {
    }

    static Map<String, Object> of(JsonNode offer, String region) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("offerId", offer.path("offerId").asText());
        facts.put("subject", offer.path("subjectTrans").asText());
        facts.put("subjectZh", offer.path("subject").asText());
        facts.put("price", Yuan.ofFen(offer.path("priceInfo").path("price").asLong()));
        facts.put("currency", offer.path("priceInfo").path("currency").asText("CNY"));
        facts.put("minOrderQuantity", offer.path("minOrderQuantity").asLong());
        facts.put("categoryId", offer.path("categoryId").asText());
        facts.put("supplierName", offer.path("companyName").asText());
        facts.put("shipFrom", offer.path("shipFrom").asText());
        facts.put("identifiedCrossBorder", identifiedCrossBorder(offer));
        facts.put("availableInRegion", availableIn(offer));
        facts.put("region", region);
        return facts;
    }

    static boolean availableIn(JsonNode offer) {
        return offer.path("availableInRegion").asBoolean(true);
    }

    private static boolean identifiedCrossBorder(JsonNode offer) {
        for (JsonNode identity : offer.path("sellerIdentities")) {
            if ("cross_border_identified".equals(identity.asText())) {
                return true;
            }
        }
        return false;
    }
}
