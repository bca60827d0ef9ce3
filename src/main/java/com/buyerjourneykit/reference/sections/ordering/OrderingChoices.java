package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.reference.journey.Inputs;
import java.util.List;

/** The rules the seeds leave open for section 5 (ordering on 1688), and what we chose, for the generated catalogue. */
public final class OrderingChoices {
    private OrderingChoices() {
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("The buyer's region (section 5)",
                        "The destination for search, product page and order is the country of the journey's mobile (+60 →"
                        + " MY, +7 → RU: libphonenumber's main country of the calling code) unless `region`/`countryCode` "
                        + "names another (ISO 3166 alpha-2)",
                        "ORD-03, ORD-05"),
                new ChosenRule("Searching 1688",
                        "Exactly one of keyword (1–" + SearchQuery.MAX_KEYWORD + " characters), product link (detail.1688.com/offer/…, "
                        + "m.1688.com/offer/…, or a 1688.com page with `offerId=`) and image (PNG, JPEG, GIF or WebP in "
                        + "Base64); pages of " + Commerce1688Client.SearchScope.PAGE_SIZE + ", at most page " + SearchQuery.MAX_PAGE + ". A keyword or image lists only offers sold to the region;"
                        + " a product link shows its offer even when it is not (`availableInRegion` false), so the buyer "
                        + "learns why it cannot be ordered",
                        "ORD-02, ORD-03, ORD-05"),
                new ChosenRule("Ordering on 1688",
                        "One variant of one offer per order; `tradeType` `secured-transaction` (担保交易) and `orderType` "
                        + "`normal` by default; the step `1688-order` is done with the first order; `idempotencyKey` (≤ " + Inputs.MAX_IDEMPOTENCY_KEY + ";"
                        + " pages send a hidden one) answers the kept first order again, and requests with one key take "
                        + "turns, so a form sent twice places one order. 1688's refusals (not sold to the region, below the"
                        + " minimum, above the stock, Red Packet below its minimum) are 422 with the number the buyer needs",
                        "ORD-05, ORD-06"));
    }
}
