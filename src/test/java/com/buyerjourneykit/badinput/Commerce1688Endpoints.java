package com.buyerjourneykit.badinput;

import com.buyerjourneykit.badinput.AppEndpoint.Journey;
import java.util.List;

/**
 * The reference app's 1688 commerce endpoints (section 5), each with a body whose good answer stays
 * the same when sent again: a search, a product page, a preview, and an order with an idempotency key.
 */
final class Commerce1688Endpoints {
    static final String BUYER = "120004005";
    private static final String JOURNEY = "/api/v1/journeys/{journeyId}/1688/";
    private static final Journey SIGNED_IN = Journey.SIGNED_IN_TO_1688;
    private static final Object[] ORDER = {"offerId", "610000000001", "specId", "610000000001-gray", "quantity", 2,
        "fullName", "Nur Aisyah", "address", "12 Jalan SS 2/24", "logisticsSolutionId", "CAINIAO_GLOBAL_STANDARD"};

    static final List<AppEndpoint> ALL = List.of(
            new AppEndpoint("POST", JOURNEY + "searches", WorldFirstEndpoints.body("keyword", "phone stand",
                    "region", "MY", "categoryId", "1001", "page", 1), SIGNED_IN),
            new AppEndpoint("GET", "/api/v1/1688/products?journeyId={journeyId}&offerId=610000000001", null, SIGNED_IN),
            new AppEndpoint("POST", JOURNEY + "orders/previews", WorldFirstEndpoints.body(ORDER), SIGNED_IN),
            new AppEndpoint("POST", JOURNEY + "orders", WorldFirstEndpoints.body(withKey()), SIGNED_IN));

    private Commerce1688Endpoints() {
    }

    private static Object[] withKey() {
        Object[] keyed = java.util.Arrays.copyOf(ORDER, ORDER.length + 2);
        keyed[ORDER.length] = "idempotencyKey";
        keyed[ORDER.length + 1] = "fuzz-order";
        return keyed;
    }
}
