package com.buyerjourneykit.reference.sections.einvoice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The self-billed invoice as the UBL 2.1 document MyInvois takes (JSON notation, type 11, version
 * 1.0: no digital signature). Self-billed: the buyer, as {@code AccountingCustomerParty}, issues it;
 * the foreign supplier is the {@code AccountingSupplierParty}. No tax applies ("06", not applicable).
 */
final class UblInvoice {
    static final String SELF_BILLED_INVOICE = "11";
    static final String VERSION = "1.0";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private UblInvoice() {
    }

    /** The document's bytes, exactly what is hashed and sent. */
    static byte[] document(SelfBilledInvoice invoice) {
        ObjectNode root = Ubl.object().put("_D", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2")
                .put("_A", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2")
                .put("_B", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");
        root.set("Invoice", Ubl.of(invoice(invoice)));
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode invoice(SelfBilledInvoice invoice) {
        ObjectNode json = Ubl.object();
        json.set("ID", Ubl.text(invoice.invoiceNumber()));
        json.set("IssueDate", Ubl.text(DATE.format(invoice.issuedAt())));
        json.set("IssueTime", Ubl.text(TIME.format(invoice.issuedAt())));
        json.set("InvoiceTypeCode", Ubl.text(SELF_BILLED_INVOICE, "listVersionID", VERSION));
        json.set("DocumentCurrencyCode", Ubl.text(invoice.currency()));
        json.set("AccountingSupplierParty", Ubl.wrapping("Party", UblParties.supplier(invoice.supplier())));
        json.set("AccountingCustomerParty", Ubl.wrapping("Party", UblParties.party(invoice.buyer())));
        json.set("TaxTotal", UblTotals.tax(invoice));
        json.set("LegalMonetaryTotal", UblTotals.legalMonetary(invoice));
        json.set("InvoiceLine", lines(invoice));
        return json;
    }

    private static ArrayNode lines(SelfBilledInvoice invoice) {
        ArrayNode lines = Ubl.object().arrayNode();
        for (int index = 0; index < invoice.lines().size(); index++) {
            InvoiceLine line = invoice.lines().get(index);
            ObjectNode json = lines.addObject();
            json.set("ID", Ubl.text(String.valueOf(index + 1)));
            json.set("InvoicedQuantity", Ubl.text(String.valueOf(line.quantity()), "unitCode", "C62"));
            json.set("LineExtensionAmount", Ubl.amount(line.amount(), invoice.currency()));
            ObjectNode item = Ubl.object();
            item.set("CommodityClassification", Ubl.wrapping("ItemClassificationCode",
                    Ubl.text(invoice.classification(), "listID", "CLASS")));
            item.set("Description", Ubl.text(line.description()));
            json.set("Item", Ubl.of(item));
            json.set("Price", Ubl.wrapping("PriceAmount", Ubl.amount(line.unitPrice(), invoice.currency())));
        }
        return lines;
    }
}
