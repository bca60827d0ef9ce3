package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The order a seed control call describes: one line of {@code offerId} ({@code specId} defaults to the
 * offer's first variant, {@code quantity} to its minimum), delivered to {@code countryCode} (defaults to
 * the first region the offer is sold to, Malaysia for an offer sold everywhere).
 */
final class SeededOrderForm {
    static final String DEFAULT_REGION = "MY";

    private SeededOrderForm() {
    }

    static OrderForm read(ControlBody body, Catalogue catalogue, BuyerAccount buyer) {
        Offer offer = catalogue.offer(body.text("offerId"))
                .orElseThrow(() -> new InvalidControlField("offerId", "known-offer", "offerId names no offer of the catalogue"));
        Variant variant = body.optionalText("specId").map(specId -> offer.variant(specId).orElseThrow(
                () -> new InvalidControlField("specId", "known-variant", "specId names no variant of offer " + offer.offerId())))
                .orElse(offer.variants().get(0));
        long quantity = body.wholeNumber("quantity", 1, 999_999_999, offer.minOrderQuantity());
        String region = body.optionalText("countryCode").orElse(defaultRegion(offer));
        Destination destination = new Destination("1688 buyer " + buyer.memberName(), buyer.mobile(), region, "Seeded address");
        LogisticsSolution logistics = catalogue.logistics().values().iterator().next();
        CargoLine line = new CargoLine(offer, variant, quantity, offer.unitFenFor(quantity));
        return new OrderForm(buyer.memberId(), destination, List.of(line), TradeType.ASSURE_TRADE, OrderType.NORMAL,
                Optional.empty(), logistics);
    }

    static PayWay payWay(ControlBody body) {
        String given = body.optionalText("payWay").orElse(PayWay.CARD.code());
        return Arrays.stream(PayWay.values()).filter(way -> way.code().equals(given)).findFirst()
                .orElseThrow(() -> new InvalidControlField("payWay", "one-of", "payWay must be one of crossBorderPay, card, alipay"));
    }

    private static String defaultRegion(Offer offer) {
        return offer.isSoldTo(DEFAULT_REGION) ? DEFAULT_REGION : offer.soldTo().iterator().next();
    }
}
