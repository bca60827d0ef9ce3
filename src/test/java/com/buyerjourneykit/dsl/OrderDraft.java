package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.OrderInput;

/**
 * An order as a scenario names it, a quantity of one variant ("610000000001-gray"), valid in every
 * other field unless the scenario changes one. The seeded catalogue's variant ids begin with their
 * offer id, so the variant names the offer too.
 */
record OrderDraft(int quantity, String specId, String countryCode, String logistics, String tradeType, String orderType,
                  String redPacketId) {
    static final String STANDARD_LOGISTICS = "CAINIAO_GLOBAL_STANDARD";
    private static final String FULL_NAME = "Nur Aisyah binti Ahmad";
    private static final String ADDRESS = "12 Jalan Ampang, 50450 Kuala Lumpur";

    static OrderDraft of(int quantity, String specId) {
        return new OrderDraft(quantity, specId, null, STANDARD_LOGISTICS, null, null, null);
    }

    OrderDraft logistics(String solutionId) {
        return new OrderDraft(quantity, specId, countryCode, solutionId, tradeType, orderType, redPacketId);
    }

    OrderDraft deliveredTo(String region) {
        return new OrderDraft(quantity, specId, region, logistics, tradeType, orderType, redPacketId);
    }

    OrderDraft trade(String type) {
        return new OrderDraft(quantity, specId, countryCode, logistics, type, orderType, redPacketId);
    }

    OrderDraft orderType(String type) {
        return new OrderDraft(quantity, specId, countryCode, logistics, tradeType, type, redPacketId);
    }

    OrderDraft redPacket(String id) {
        return new OrderDraft(quantity, specId, countryCode, logistics, tradeType, orderType, id);
    }

    OrderInput input(String idempotencyKey) {
        String offerId = specId.contains("-") ? specId.substring(0, specId.indexOf('-')) : specId;
        return new OrderInput(offerId, specId, String.valueOf(quantity), countryCode, FULL_NAME, ADDRESS, logistics,
                tradeType, orderType, redPacketId, idempotencyKey);
    }
}
