package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** An offer as search results show it, and as the product page shows it (ORD-04, ORD-05). Prices in fen. */
final class OfferJson {
    static final String NOT_AVAILABLE = "This product is not currently available for purchase in the current country/region";

    private OfferJson() {
    }

    static ObjectNode summary(Catalogue catalogue, Offer offer, Language language, Optional<String> region) {
        Supplier supplier = catalogue.supplierOf(offer);
        ObjectNode json = SimulatorJson.object()
                .put("offerId", offer.offerId())
                .put("subject", offer.subject())
                .put("subjectTrans", language.pick(offer.subject(), offer.subjectEn()))
                .put("imageUrl", "https://cbu01.alicdn.com/img/ibank/" + offer.offerId() + ".jpg")
                .put("promotionURL", "https://detail.1688.com/offer/" + offer.offerId() + ".html")
                .put("minOrderQuantity", offer.minOrderQuantity())
                .put("categoryId", offer.categoryId())
                .put("categoryName", language.pick(catalogue.categoryOf(offer).name(), catalogue.categoryOf(offer).nameEn()))
                .put("companyName", language.pick(supplier.name(), supplier.nameEn()))
                .put("shipFrom", language.pick(offer.shipFrom(), offer.shipFromEn()));
        json.putObject("priceInfo").put("price", offer.listPriceFen()).put("currency", "CNY");
        ArrayNode identities = json.putArray("sellerIdentities");
        if (supplier.identifiedCrossBorder()) {
            identities.add("cross_border_identified");
        }
        region.ifPresent(given -> json.put("availableInRegion", offer.isSoldTo(given)));
        return json;
    }

    static ObjectNode detail(Catalogue catalogue, Offer offer, Language language, Optional<String> region) {
        ObjectNode json = summary(catalogue, offer, language, region);
        json.put("returnTerms", language.pick(offer.returnTerms(), offer.returnTermsEn()));
        json.put("prohibited", offer.prohibited());
        ArrayNode tiers = json.putArray("priceTiers");
        offer.priceTiers().forEach(tier -> tiers.addObject().put("minQuantity", tier.minQuantity()).put("price", tier.unitFen()));
        ArrayNode variants = json.putArray("variants");
        offer.variants().forEach(variant -> variants.addObject().put("specId", variant.specId())
                .put("colour", language.pick(variant.colour(), variant.colourEn()))
                .put("specification", variant.specification()).put("stock", variant.stock()));
        ArrayNode soldTo = json.putArray("soldTo");
        offer.soldTo().forEach(soldTo::add);
        json.set("supplier", supplier(catalogue.supplierOf(offer), language));
        region.filter(given -> !offer.isSoldTo(given)).ifPresent(given -> json.put("unavailableMessage", NOT_AVAILABLE));
        return json;
    }

    /** 联系方式: name, address and contact, as the e-invoice needs them (INV-02). */
    static ObjectNode supplier(Supplier supplier, Language language) {
        ObjectNode json = SimulatorJson.object().put("supplierId", supplier.supplierId())
                .put("name", supplier.name()).put("nameEn", supplier.nameEn())
                .put("identifiedCrossBorder", supplier.identifiedCrossBorder())
                .put("acceptsWorldPay", supplier.acceptsWorldPay())
                .put("address", supplier.address()).put("contact", supplier.contact());
        json.put("tin", supplier.tin());
        return json;
    }
}
