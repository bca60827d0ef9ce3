package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ProductSearchDriver;
import com.buyerjourneykit.drivers.SearchInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Guide section 5 in the browser: the search form with its result rows, and the product page with its variants. */
final class WebProductSearchDriver implements ProductSearchDriver {
    static final Target OFFER = Target.the("an offer found (data-id, data-available)", "offer");
    static final Target VARIANT = Target.the("a variant of the product (data-spec-id, data-stock)", "variant");
    private final JourneyScreens screens;
    private final CommercePages pages;

    WebProductSearchDriver(JourneyScreens screens, CommercePages pages) {
        this.screens = screens;
        this.pages = pages;
    }

    /** The offers as the rows list them, summed up as the REST API does. */
    @Override
    public Answer search(String journeyId, SearchInput search) {
        Answer shown = screens.openStep(journeyId, "1688/searches").submit(search.fields());
        if (!shown.outcome().equals("search-results")) {
            return shown;
        }
        List<Map<String, String>> offers = pages.rows(OFFER);
        Map<String, String> facts = new LinkedHashMap<>(shown.facts());
        facts.put("offerIds", offers.stream().map(offer -> offer.get("id")).collect(Collectors.joining(",")));
        facts.put("availableOfferIds", offers.stream().filter(offer -> "true".equals(offer.get("available")))
                .map(offer -> offer.get("id")).collect(Collectors.joining(",")));
        return Answer.of(shown.outcome(), facts);
    }

    @Override
    public Answer product(String journeyId, String offerId) {
        Answer shown = pages.view("1688/products", journeyId, "offerId", offerId, "product");
        Map<String, String> facts = new LinkedHashMap<>(shown.facts());
        pages.rows(VARIANT).forEach(variant -> facts.put("stock." + variant.get("specId"), variant.get("stock")));
        return Answer.of(shown.outcome(), facts);
    }
}
