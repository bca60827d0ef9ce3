package com.buyerjourneykit.badinput;

import com.buyerjourneykit.badinput.AppEndpoint.Journey;
import java.util.List;
import java.util.Map;

/**
 * The reference app's e-invoice endpoints (the FAQ's self-billed e-invoice). Their journey's 1688
 * step is recorded without a member 1688 knows, so every good body has the same answer each time:
 * 1688 does not know the member (nothing is exported, nothing reaches MyInvois).
 */
final class EInvoiceEndpoints {
    private static final String JOURNEY = "/api/v1/journeys/{journeyId}/";
    private static final Journey OPENED = Journey.WORLD_ACCOUNT_OPENED;

    static final List<AppEndpoint> ALL = List.of(
            new AppEndpoint("GET", "/api/v1/1688/orders?journeyId={journeyId}", null, OPENED),
            new AppEndpoint("POST", JOURNEY + "1688/order-exports", body("status", "waiting-for-shipment"), OPENED),
            new AppEndpoint("GET", "/api/v1/1688/order-exports?journeyId={journeyId}&reportId=rpt-1", null, OPENED),
            new AppEndpoint("POST", JOURNEY + "myinvois/self-billed-invoices/previews", invoice(), OPENED),
            new AppEndpoint("POST", JOURNEY + "myinvois/self-billed-invoices", invoice(), OPENED));

    private EInvoiceEndpoints() {
    }

    private static Map<String, Object> invoice() {
        return body("orderId", "1234567890123456", "classification", "009", "invoiceNumber", "INV-FUZZ-1",
                "idempotencyKey", "fuzz-e-invoice");
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        return WorldFirstEndpoints.body(keysAndValues);
    }
}
