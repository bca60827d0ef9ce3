package com.buyerjourneykit.simulator.myinvois;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The lines of an invoice, at least one: each with an ID, a quantity above 0, its amount in the
 * document's currency, a description, a unit price and the product classification, exactly three
 * digits 000–999 (INV-03), refused as MyInvois refuses a code outside its list (CV302).
 */
final class InvoiceLines {
    static final String CLASSIFICATION_LIST = "CLASS";
    private static final Pattern CLASSIFICATION = Pattern.compile("\\d{3}");

    private InvoiceLines() {
    }

    /** The sum of the lines' LineExtensionAmount, when every line has a valid one. */
    static Optional<BigDecimal> read(UblNode invoice, String currency, DocumentProblems problems) {
        List<UblNode> lines = invoice.children("InvoiceLine");
        if (lines.isEmpty()) {
            problems.add(ErrorCodes.REQUIRED, "InvoiceLine", "Invoice.InvoiceLine", "at least one InvoiceLine is required");
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (int index = 0; index < lines.size(); index++) {
            Optional<BigDecimal> amount = readLine(lines.get(index), "Invoice.InvoiceLine[" + index + "]", currency, problems);
            complete &= amount.isPresent();
            sum = sum.add(amount.orElse(BigDecimal.ZERO));
        }
        return complete ? Optional.of(sum) : Optional.empty();
    }

    private static Optional<BigDecimal> readLine(UblNode line, String where, String currency, DocumentProblems problems) {
        problems.required(line, where, "ID");
        problems.requiredMatching(line, where, Amounts::isPositiveQuantity, "a quantity above 0", "InvoicedQuantity");
        problems.required(line, where, "Item", "Description");
        Amounts.inCurrency(line, where, currency, problems, "Price", "PriceAmount");
        checkClassification(line, where, problems);
        return Amounts.inCurrency(line, where, currency, problems, "LineExtensionAmount");
    }

    private static void checkClassification(UblNode line, String where, DocumentProblems problems) {
        String path = where + ".Item.CommodityClassification.ItemClassificationCode";
        Optional<String> code = line.first("Item").stream()
                .flatMap(item -> item.children("CommodityClassification").stream())
                .flatMap(classification -> classification.first("ItemClassificationCode").stream())
                .filter(found -> found.attribute("listID").map(CLASSIFICATION_LIST::equals).orElse(false))
                .map(found -> found.text().orElse(""))
                .findFirst();
        if (code.isEmpty() || code.get().isBlank()) {
            problems.add(ErrorCodes.REQUIRED, "ItemClassificationCode", path,
                    "the classification (ItemClassificationCode with listID CLASS) is required");
        } else if (!CLASSIFICATION.matcher(code.get()).matches()) {
            problems.add(ErrorCodes.CODE_NOT_IN_LIST, "ItemClassificationCode", path,
                    "ItemCode " + code.get() + " does not exist in CodeType ClassificationCodes: exactly three digits, 000 to 999");
        }
    }
}
