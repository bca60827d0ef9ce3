package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The product page as the buyer's answer {@code product} (ORD-04, ORD-05): price per piece and its
 * tiers, variants with stock, ship-from, return terms, the supplier, and whether it is sold to the region.
 */
final class ProductFacts {
    static final String NOT_AVAILABLE = "This product is not currently available for purchase in the current country/region";

    private ProductFacts() {
    }

    static SectionOutcome of(JsonNode product, String region, String journeyId) {
        SectionOutcome answer = SectionOutcome.success(200, "product");
        OfferFacts.of(product, region).forEach(answer::with);
        List<Map<String, Object>> tiers = tiers(product);
        List<Map<String, Object>> variants = variants(product);
        answer.with("price", tiers.isEmpty() ? answer.facts().get("price") : tiers.get(0).get("price"))
                .with("priceTiers", tiers)
                .with("tierPrices", tiers.stream().map(tier -> tier.get("minQuantity") + ":" + tier.get("price"))
                        .collect(Collectors.joining(",")))
                .with("variants", variants)
                .with("specIds", variants.stream().map(variant -> String.valueOf(variant.get("specId"))).collect(Collectors.joining(",")))
                .with("stock", variants.stream().mapToLong(variant -> (Long) variant.get("stock")).sum())
                .with("returnTerms", product.path("returnTerms").asText())
                .with("acceptsWorldPay", product.path("supplier").path("acceptsWorldPay").asBoolean())
                .with("journeyId", journeyId);
        if (!OfferFacts.availableIn(product)) {
            answer.with("unavailableMessage", NOT_AVAILABLE);
        }
        return answer;
    }

    private static List<Map<String, Object>> tiers(JsonNode product) {
        List<Map<String, Object>> tiers = new ArrayList<>();
        product.path("priceTiers").forEach(tier -> {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("minQuantity", tier.path("minQuantity").asLong());
            facts.put("price", Yuan.ofFen(tier.path("price").asLong()));
            tiers.add(facts);
        });
        return tiers;
    }

    private static List<Map<String, Object>> variants(JsonNode product) {
        List<Map<String, Object>> variants = new ArrayList<>();
        product.path("variants").forEach(variant -> {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("specId", variant.path("specId").asText());
            facts.put("colour", variant.path("colour").asText());
            facts.put("specification", variant.path("specification").asText());
            facts.put("stock", variant.path("stock").asLong());
            variants.add(facts);
        });
        return variants;
    }
}
