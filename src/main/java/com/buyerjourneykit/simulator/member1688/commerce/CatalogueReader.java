package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.SimulatorJson;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the catalogue file (schema in docs/simulator-1688-commerce.md). A broken file stops the
 * simulator at start with the path of the bad field, never a half-read catalogue.
 */
final class CatalogueReader {
    private CatalogueReader() {
    }

    static Catalogue read(String json) {
        CatalogueNode root = new CatalogueNode(SimulatorJson.strictObject(json, "catalogue"), "catalogue");
        Map<String, Supplier> suppliers = byId(root.list("suppliers"), CatalogueReader::supplier, Supplier::supplierId);
        Map<String, Category> categories = byId(root.list("categories"), CatalogueReader::category, Category::categoryId);
        List<Offer> offers = root.list("offers").stream().map(CatalogueReader::offer).toList();
        offers.forEach(offer -> checkReferences(offer, suppliers, categories));
        return new Catalogue(offers, suppliers, categories,
                byId(root.list("redPackets"), CatalogueReader::redPacket, RedPacket::redPacketId),
                byId(root.list("logistics"), CatalogueReader::logistics, LogisticsSolution::solutionId),
                Set.copyOf(root.texts("alipayRegions")), fees(root.child("fees")));
    }

    private static Offer offer(CatalogueNode node) {
        List<PriceTier> tiers = node.list("priceTiers").stream()
                .map(tier -> new PriceTier(tier.count("minQuantity"), tier.fen("price"))).toList();
        long moq = node.count("minOrderQuantity");
        if (tiers.isEmpty() || tiers.get(0).minQuantity() > moq) {
            throw node.broken("priceTiers", "the first tier must start at or below minOrderQuantity");
        }
        return new Offer(node.text("offerId"), node.text("subject"), node.text("subjectEn"), node.text("categoryId"),
                node.text("supplierId"), tiers, moq, node.text("shipFrom"), node.text("shipFromEn"),
                node.text("returnTerms"), node.text("returnTermsEn"), new LinkedHashSet<>(node.texts("soldTo")),
                node.flag("prohibited"), node.text("imageLabel"),
                node.list("variants").stream().map(CatalogueReader::variant).toList());
    }

    private static Variant variant(CatalogueNode node) {
        return new Variant(node.text("specId"), node.text("colour"), node.text("colourEn"), node.text("specification"),
                node.count("stock"));
    }

    private static Supplier supplier(CatalogueNode node) {
        return new Supplier(node.text("supplierId"), node.text("name"), node.text("nameEn"),
                node.flag("identifiedCrossBorder"), node.flag("acceptsWorldPay"), node.optionalText("tin"),
                node.text("address"), node.text("contact"));
    }

    private static Category category(CatalogueNode node) {
        return new Category(node.text("categoryId"), node.text("name"), node.text("nameEn"));
    }

    private static RedPacket redPacket(CatalogueNode node) {
        return new RedPacket(node.text("redPacketId"), node.fen("discount"), node.fen("minimumOrder"));
    }

    private static LogisticsSolution logistics(CatalogueNode node) {
        return new LogisticsSolution(node.text("solutionId"), node.text("name"), node.text("nameEn"), node.fen("fee"));
    }

    private static FeeSchedule fees(CatalogueNode node) {
        List<FeeSchedule.ServiceFeeTier> tiers = node.list("serviceFeeTiers").stream()
                .map(tier -> new FeeSchedule.ServiceFeeTier(
                        tier.has("monthlyVolumeBelow") ? tier.fen("monthlyVolumeBelow") : Long.MAX_VALUE,
                        new BigDecimal(tier.text("rate")))).toList();
        return new FeeSchedule(new BigDecimal(node.text("worldPayRate")), new BigDecimal(node.text("cardRate")), tiers);
    }

    private static void checkReferences(Offer offer, Map<String, Supplier> suppliers, Map<String, Category> categories) {
        if (!suppliers.containsKey(offer.supplierId()) || !categories.containsKey(offer.categoryId())) {
            throw new IllegalStateException("catalogue: offer " + offer.offerId() + " names an unknown supplier or category");
        }
    }

    private static <T> Map<String, T> byId(List<CatalogueNode> nodes, Function<CatalogueNode, T> read, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (CatalogueNode node : nodes) {
            T item = read.apply(node);
            if (byId.put(id.apply(item), item) != null) {
                throw new IllegalStateException("catalogue: " + id.apply(item) + " is listed twice");
            }
        }
        return byId;
    }
}
