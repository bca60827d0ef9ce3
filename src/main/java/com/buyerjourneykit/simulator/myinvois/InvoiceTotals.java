package com.buyerjourneykit.simulator.myinvois;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The totals: tax (TaxTotal/TaxAmount), total excluding tax (the sum of the lines, to the cent)
 * and the amount payable, each in the document's currency.
 */
record InvoiceTotals(BigDecimal taxExclusive, BigDecimal tax, BigDecimal payable) {
    private static final String WHERE = "Invoice";

    static InvoiceTotals read(UblNode invoice, String currency, Optional<BigDecimal> sumOfLines, DocumentProblems problems) {
        BigDecimal tax = Amounts.inCurrency(invoice, WHERE, currency, problems, "TaxTotal", "TaxAmount").orElse(null);
        Optional<BigDecimal> taxExclusive = Amounts.inCurrency(invoice, WHERE, currency, problems,
                "LegalMonetaryTotal", "TaxExclusiveAmount");
        if (taxExclusive.isPresent() && sumOfLines.isPresent() && taxExclusive.get().compareTo(sumOfLines.get()) != 0) {
            problems.add(ErrorCodes.TOTAL_MISMATCH, "TaxExclusiveAmount", "Invoice.LegalMonetaryTotal.TaxExclusiveAmount",
                    "TaxExclusiveAmount must be the sum of the lines' LineExtensionAmount, " + sumOfLines.get().toPlainString());
        }
        BigDecimal payable = Amounts.inCurrency(invoice, WHERE, currency, problems, "LegalMonetaryTotal", "PayableAmount").orElse(null);
        return new InvoiceTotals(taxExclusive.orElse(null), tax, payable);
    }
}
