package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.SectionRefusal;
import com.buyerjourneykit.reference.MyInvoisClientSettings;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The self-billed invoice of a paid 1688 order (INV-02): the order's lines and totals from 1688,
 * the supplier's name, address and contact from its listing (联系方式), the FAQ's fixed values, and
 * the app's MyInvois taxpayer as the buyer who issues it. It is issued at the moment 1688 took the
 * payment, on the providers' clock, which MyInvois accepts for 72 hours.
 */
final class PaidOrders {
    private final Trade1688Client trade;
    private final MyInvoisClientSettings taxpayer;

    PaidOrders(Trade1688Client trade, MyInvoisClientSettings taxpayer) {
        this.trade = trade;
        this.taxpayer = taxpayer;
    }

    SelfBilledInvoice invoice(BuyerMember.Signed buyer, InvoiceRequest request) {
        JsonNode order = trade.order(buyer.memberId(), request.orderId());
        String status = order.path("status").asText();
        if (!OrderStatusWords.isPaid(status)) {
            throw new SectionRefusal(422, "order-not-paid", "an e-invoice is issued for a paid order only")
                    .with("orderId", request.orderId()).with("orderStatus", OrderStatusWords.word(status));
        }
        Map<String, JsonNode> listings = new HashMap<>();
        order.path("cargoList").forEach(line -> listings.computeIfAbsent(line.path("offerId").asText(), trade::listing));
        JsonNode supplier = listings.values().stream().findFirst()
                .orElseThrow(() -> new ProviderUnavailable("1688", "order " + request.orderId() + " has no lines")).path("supplier");
        InvoiceParty seller = InvoiceParty.supplier1688(supplier.path("name").asText(order.path("supplierName").asText()),
                supplier.path("address").asText(), supplier.path("contact").asText());
        InvoiceParty issuer = new InvoiceParty(taxpayer.taxpayerName(), taxpayer.taxpayerTin(), "NRIC", InvoiceParty.NOT_APPLICABLE,
                InvoiceParty.NOT_APPLICABLE, InvoiceParty.NOT_APPLICABLE, "MYS", buyer.journey().mobile().e164());
        return new SelfBilledInvoice(request.orderId(), request.invoiceNumber(), request.classification(), issuedAt(order), seller,
                issuer, lines(order, listings), Yuan.of(order.path("discountFee")), Yuan.of(order.path("sumPayment")), Yuan.CURRENCY);
    }

    private static List<InvoiceLine> lines(JsonNode order, Map<String, JsonNode> listings) {
        List<InvoiceLine> lines = new ArrayList<>();
        order.path("cargoList").forEach(line -> {
            JsonNode listing = listings.get(line.path("offerId").asText());
            String subject = listing.path("subjectTrans").asText(listing.path("subject").asText());
            lines.add(new InvoiceLine(subject + " (" + line.path("specId").asText() + ")", line.path("quantity").asLong(),
                    Yuan.of(line.path("unitPrice")), Yuan.of(line.path("amount"))));
        });
        BigDecimal carriage = Yuan.of(order.path("sumCarriage"));
        if (carriage.signum() > 0) {
            lines.add(new InvoiceLine("Cross-border logistics " + order.path("crossBorderLogisticsSolutionId").asText(), 1,
                    carriage, carriage));
        }
        return lines;
    }

    /** When 1688 took the payment; an order seeded as paid without one, when it was placed. */
    private static Instant issuedAt(JsonNode order) {
        String paidAt = order.path("payment").path("paidAt").asText(order.path("createTime").asText());
        try {
            return Instant.parse(paidAt).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException notATime) {
            throw new ProviderUnavailable("1688", "an order's payment time is not an ISO instant: " + paidAt);
        }
    }
}
