package com.buyerjourneykit.reference.sections.einvoice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * The invoice's totals. No tax applies to the purchase (category "06", not applicable, amount
 * 0.00); the amount before tax is the sum of the lines (goods and carriage), a Red Packet is an
 * allowance, and the amount payable is what the order cost.
 */
final class UblTotals {
    private static final String NOT_APPLICABLE_TAX = "06";

    private UblTotals() {
    }

    static ArrayNode tax(SelfBilledInvoice invoice) {
        String currency = invoice.currency();
        ObjectNode category = Ubl.object();
        category.set("ID", Ubl.text(NOT_APPLICABLE_TAX));
        category.set("TaxScheme", Ubl.wrapping("ID", Ubl.text("OTH", "schemeID", "UN/ECE 5153", "schemeAgencyID", "6")));
        ObjectNode subtotal = Ubl.object();
        subtotal.set("TaxableAmount", Ubl.amount(invoice.sumOfLines(), currency));
        subtotal.set("TaxAmount", Ubl.amount(BigDecimal.ZERO.setScale(2), currency));
        subtotal.set("TaxCategory", Ubl.of(category));
        ObjectNode total = Ubl.object();
        total.set("TaxAmount", Ubl.amount(BigDecimal.ZERO.setScale(2), currency));
        total.set("TaxSubtotal", Ubl.of(subtotal));
        return Ubl.of(total);
    }

    static ArrayNode legalMonetary(SelfBilledInvoice invoice) {
        String currency = invoice.currency();
        ObjectNode json = Ubl.object();
        json.set("LineExtensionAmount", Ubl.amount(invoice.sumOfLines(), currency));
        json.set("TaxExclusiveAmount", Ubl.amount(invoice.sumOfLines(), currency));
        json.set("TaxInclusiveAmount", Ubl.amount(invoice.sumOfLines(), currency));
        json.set("AllowanceTotalAmount", Ubl.amount(invoice.discount(), currency));
        json.set("PayableAmount", Ubl.amount(invoice.total(), currency));
        return Ubl.of(json);
    }
}
