package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product links 1688 uses (ORD-02): {@code detail.1688.com/offer/<id>.html},
 * {@code m.1688.com/offer/<id>.html} (or {@code .htm}), any 1688.com page with {@code offerId=<id>},
 * with or without {@code https://} and a query; or the bare offer id. Anything else: rule
 * {@code 1688-offer-link}.
 */
final class OfferLinks {
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("(?:https?://)?(?:detail|m)\\.1688\\.com/offer/(\\d{6,15})\\.html?(?:[?#].*)?"),
            Pattern.compile("(?:https?://)?[a-z0-9.]*1688\\.com/[^?#\\s]*\\?(?:.*&)?offerId=(\\d{6,15})(?:[&#].*)?"),
            Pattern.compile("(\\d{6,15})"));

    private OfferLinks() {
    }

    static String offerIdOf(String link, String field) {
        String given = link.strip();
        for (Pattern form : FORMS) {
            Matcher match = form.matcher(given);
            if (match.matches()) {
                return match.group(1);
            }
        }
        throw new InvalidParameter(field, "1688-offer-link", field
                + " must be a 1688 product link such as https://detail.1688.com/offer/610000000001.html, or an offer id");
    }
}
