package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.Refusal;
import java.util.List;

/**
 * The business rules of an order, checked line by line after the fields: one supplier per order;
 * the offer is sold to the destination (ORD-05); at least the minimum order quantity; at most the
 * variant's stock (ORD-06); a Red Packet only above its minimum. Then the sums.
 */
final class OrderPricing {
    private OrderPricing() {
    }

    /** Reads the order's fields, checks the member, then prices it: what preview and create share. */
    static OrderQuote quote(AopRequest request, CommerceState state) {
        Catalogue catalogue = state.catalogue();
        OrderForm form = OrderForm.read(request, catalogue);
        state.buyer(form.memberId());
        return quote(form, catalogue);
    }

    static OrderQuote quote(OrderForm form, Catalogue catalogue) {
        List<CargoLine> lines = form.cargo();
        for (int index = 0; index < lines.size(); index++) {
            check(lines.get(index), index, form.destination().countryCode());
        }
        Supplier supplier = catalogue.supplierOf(lines.get(0).offer());
        if (lines.stream().anyMatch(line -> !line.offer().supplierId().equals(supplier.supplierId()))) {
            throw new Refusal("MIXED_SUPPLIERS", "An order holds the offers of one supplier only");
        }
        long goods = lines.stream().mapToLong(CargoLine::amountFen).reduce(0, Math::addExact);
        long discount = form.redPacket().map(packet -> discount(packet, goods)).orElse(0L);
        return new OrderQuote(form, supplier, goods, form.logistics().feeFen(), discount);
    }

    private static void check(CargoLine line, int index, String region) {
        Offer offer = line.offer();
        if (!offer.isSoldTo(region)) {
            throw new Refusal("OFFER_NOT_AVAILABLE_IN_REGION", "Offer " + offer.offerId() + ": " + OfferJson.NOT_AVAILABLE
                    + " (" + region + ")").with("cargoIndex", index);
        }
        if (line.quantity() < offer.minOrderQuantity()) {
            throw new Refusal("QUANTITY_BELOW_MINIMUM", "Offer " + offer.offerId() + " is sold from "
                    + offer.minOrderQuantity() + " pieces").with("cargoIndex", index).with("minOrderQuantity", offer.minOrderQuantity());
        }
        if (line.quantity() > line.variant().stock()) {
            throw new Refusal("QUANTITY_EXCEEDS_STOCK", "Only " + line.variant().stock() + " of " + line.variant().specId()
                    + " are in stock").with("cargoIndex", index).with("stock", line.variant().stock());
        }
    }

    private static long discount(RedPacket packet, long goodsFen) {
        if (goodsFen < packet.minimumOrderFen()) {
            throw new Refusal("RED_PACKET_NOT_APPLICABLE", "Red Packet " + packet.redPacketId() + " needs goods of at least "
                    + Yuan.text(packet.minimumOrderFen()) + " CNY").with("minimumOrder", packet.minimumOrderFen());
        }
        return packet.discountFen();
    }
}
