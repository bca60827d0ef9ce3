package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product link as the buyer copies it from 1688 (ORD-02): {@code https://detail.1688.com/offer/<id>.html},
 * the mobile site's {@code m.1688.com/offer/<id>.html}, or any 1688.com page naming {@code offerId=<id>}.
 * Read here, so a link from another site is refused before 1688 is asked.
 */
final class OfferLink {
    private static final String OFFER_ID = "(\\d{6,15})";
    private static final List<Pattern> LINKS = List.of(
            Pattern.compile("(?:https?://)?(?:detail|m)\\.1688\\.com/offer/" + OFFER_ID + "\\.html?(?:[?#]\\S*)?"),
            Pattern.compile("(?:https?://)?(?:[a-z0-9-]+\\.)*1688\\.com/\\S*[?&]offerId=" + OFFER_ID + "(?:[&#]\\S*)?"));
    private static final Pattern BARE_ID = Pattern.compile(OFFER_ID);

    private OfferLink() {
    }

    /** The offer id a link names; rule {@code 1688-offer-link}. */
    static String offerIdOf(String field, String link) {
        String given = link.strip();
        return LINKS.stream().map(form -> form.matcher(given)).filter(Matcher::matches).map(match -> match.group(1))
                .findFirst().orElseThrow(() -> new InvalidInput(field, "1688-offer-link", field
                        + " must be a 1688 product link such as https://detail.1688.com/offer/610000000001.html"));
    }

    /** An offer id as typed: digits only, else no offer can have it (rule {@code known-offer}). */
    static String offerId(String field, String text) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            throw new InvalidInput(field, "required", field + " is required");
        }
        return Optional.of(given).filter(id -> BARE_ID.matcher(id).matches())
                .orElseThrow(() -> new InvalidInput(field, "known-offer", field + " names no 1688 offer"));
    }
}
