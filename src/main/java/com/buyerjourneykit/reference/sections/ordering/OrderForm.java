package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.function.UnaryOperator;
import java.util.Optional;

/**
 * What the buyer orders (ORD-06): one variant of one offer, how many, where to (the region, a name
 * and an address), the cross-border logistics and how it is traded. Read and checked in the
 * form's order before 1688 is asked; 1688 then says whether the offer, the variant and the Red Packet exist.
 */
record OrderForm(String offerId, String specId, long quantity, Optional<String> chosenRegion, String fullName,
                 String address, String logisticsSolutionId, String tradeType, String orderType,
                 Optional<String> redPacketId) {
    static final long MAX_QUANTITY = 999_999_999L;

    /** Reads each field by its name from {@code fields}. */
    static OrderForm read(UnaryOperator<String> fields) {
        String offerId = OfferLink.offerId("offerId", fields.apply("offerId"));
        String specId = required("specId", fields.apply("specId"));
        Long quantity = WholeNumbers.read("quantity", fields.apply("quantity"), 1, MAX_QUANTITY);
        if (quantity == null) {
            throw new InvalidInput("quantity", "required", "quantity is required");
        }
        Optional<String> region = BuyerRegion.chosen("countryCode", fields.apply("countryCode"));
        String fullName = required("fullName", fields.apply("fullName"));
        String address = required("address", fields.apply("address"));
        String logistics = required("logisticsSolutionId", fields.apply("logisticsSolutionId"));
        String tradeType = TradeTerms.tradeType(fields.apply("tradeType"));
        String orderType = TradeTerms.orderType(fields.apply("orderType"));
        Optional<String> redPacket = Optional.ofNullable(fields.apply("redPacketId")).map(String::strip).filter(id -> !id.isEmpty());
        return new OrderForm(offerId, specId, quantity, region, fullName, address, logistics, tradeType, orderType, redPacket);
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "required", field + " is required");
        }
        return text.strip();
    }
}
