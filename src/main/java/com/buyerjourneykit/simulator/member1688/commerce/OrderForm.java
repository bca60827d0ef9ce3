package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of {@code alibaba.createOrder.preview} and {@code alibaba.trade.createCrossOrder},
 * read in the form's order; the first bad one is named. Offers and variants must exist
 * (rules {@code known-offer}, {@code known-variant}); the business rules come after, in {@link OrderPricing}.
 */
record OrderForm(String memberId, Destination destination, List<CargoLine> cargo, TradeType tradeType,
                 OrderType orderType, Optional<RedPacket> redPacket, LogisticsSolution logistics) {
    static final int MAX_LINES = 50;

    static OrderForm read(AopRequest request, Catalogue catalogue) {
        String memberId = request.identifier("memberId");
        Destination destination = Destination.of(ParamObject.of(request, "addressParam"));
        List<CargoLine> cargo = cargo(request, catalogue);
        TradeType tradeType = TradeType.of(request.text("tradeType"));
        OrderType orderType = OrderType.of(request.optionalText("orderType"));
        Optional<RedPacket> redPacket = request.optionalText("redPacketId").map(id -> known(catalogue.redPackets().get(id),
                "redPacketId", "known-red-packet", "redPacketId must be one of " + catalogue.redPackets().keySet()));
        String solutionId = request.optionalText("crossBorderLogisticsSolutionId").orElseThrow(() -> new InvalidParameter(
                "crossBorderLogisticsSolutionId", "required", "a cross-border order needs crossBorderLogisticsSolutionId"));
        LogisticsSolution logistics = known(catalogue.logistics().get(solutionId), "crossBorderLogisticsSolutionId", "one-of",
                "crossBorderLogisticsSolutionId must be one of " + catalogue.logistics().keySet());
        return new OrderForm(memberId, destination, cargo, tradeType, orderType, redPacket, logistics);
    }

    private static List<CargoLine> cargo(AopRequest request, Catalogue catalogue) {
        List<ParamObject> items = ParamObject.list(request, "cargoParamList");
        if (items.isEmpty() || items.size() > MAX_LINES) {
            throw new InvalidParameter("cargoParamList", "1-to-50-items", "cargoParamList must hold 1 to 50 items");
        }
        List<CargoLine> lines = new ArrayList<>();
        for (ParamObject item : items) {
            String offerId = item.requiredText("offerId");
            Offer offer = known(catalogue.offer(offerId).orElse(null), item.name("offerId"), "known-offer",
                    item.name("offerId") + " names no offer: " + offerId);
            String specId = item.requiredText("specId");
            Variant variant = known(offer.variant(specId).orElse(null), item.name("specId"), "known-variant",
                    item.name("specId") + " names no variant of offer " + offerId + ": " + specId);
            long quantity = item.wholeNumber("quantity", 1, 999_999_999, 0);
            if (quantity == 0) {
                throw InvalidParameter.missing(item.name("quantity"));
            }
            lines.add(new CargoLine(offer, variant, quantity, offer.unitFenFor(quantity)));
        }
        return lines;
    }

    private static <T> T known(T found, String field, String rule, String message) {
        if (found == null) {
            throw new InvalidParameter(field, rule, message);
        }
        return found;
    }
}
