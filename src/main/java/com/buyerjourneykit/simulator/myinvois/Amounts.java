package com.buyerjourneykit.simulator.myinvois;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Money in a document: a plain decimal, not negative, at most two decimals; read as BigDecimal, never a double. */
final class Amounts {
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");
    private static final Pattern QUANTITY = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");

    private Amounts() {
    }

    /** The amount at {@code path}: required, and a {@code CF305} problem when it is no amount. */
    static Optional<BigDecimal> required(UblNode node, String where, DocumentProblems problems, String... path) {
        return problems.required(node, where, path).flatMap(text -> {
            if (!AMOUNT.matcher(text).matches()) {
                problems.add(ErrorCodes.AMOUNT, path[path.length - 1], where + "." + String.join(".", path),
                        path[path.length - 1] + " must be an amount of at least 0 with at most 2 decimals");
                return Optional.empty();
            }
            return Optional.of(new BigDecimal(text));
        });
    }

    /** Like {@link #required}, and its {@code currencyID} must be the document's currency ({@code CF306}). */
    static Optional<BigDecimal> inCurrency(UblNode node, String where, String currency, DocumentProblems problems, String... path) {
        Optional<BigDecimal> amount = required(node, where, problems, path);
        Optional<String> currencyId = node.first(path).flatMap(found -> found.attribute("currencyID"));
        if (amount.isPresent() && currency != null && !currencyId.map(currency::equals).orElse(false)) {
            problems.add(ErrorCodes.CURRENCY_MISMATCH, path[path.length - 1], where + "." + String.join(".", path) + ".currencyID",
                    path[path.length - 1] + " must have currencyID " + currency + ", the DocumentCurrencyCode");
        }
        return amount;
    }

    static boolean isPositiveQuantity(String text) {
        return QUANTITY.matcher(text).matches() && new BigDecimal(text).signum() > 0;
    }
}
