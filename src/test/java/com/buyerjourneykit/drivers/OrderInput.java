package com.buyerjourneykit.drivers;

import java.util.Map;
import java.util.Set;

/**
 * A 1688 order as the buyer submits it: the variant and quantity, where it goes, the cross-border
 * logistics, the trade and order type, a Red Packet; {@code null} is left empty. {@code quantity}
 * is text, as typed, so a scenario can send what a form would never hold.
 */
public record OrderInput(String offerId, String specId, String quantity, String countryCode, String fullName,
                         String address, String logisticsSolutionId, String tradeType, String orderType,
                         String redPacketId, String idempotencyKey) implements FormInput {

    /** The fields a JSON client sends as numbers. */
    public static final Set<String> WHOLE_NUMBERS = Set.of("quantity");

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("offerId", offerId, "specId", specId, "quantity", quantity, "countryCode", countryCode,
                "fullName", fullName, "address", address, "logisticsSolutionId", logisticsSolutionId,
                "tradeType", tradeType, "orderType", orderType, "redPacketId", redPacketId,
                "idempotencyKey", idempotencyKey);
    }
}
