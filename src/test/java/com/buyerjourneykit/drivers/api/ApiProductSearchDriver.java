package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ProductSearchDriver;
import com.buyerjourneykit.drivers.SearchInput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Guide section 5's search ({@code …/1688/searches}) and product page ({@code /api/v1/1688/products}) over REST. */
final class ApiProductSearchDriver implements ProductSearchDriver {
    private final RestClient rest;

    ApiProductSearchDriver(RestClient rest) {
        this.rest = rest;
    }

    @Override
    public Answer search(String journeyId, SearchInput search) {
        return StepCalls.answer(rest.post(ApiChannel.journeyPath(journeyId, "1688/searches"),
                WholeNumberBody.of(search, Set.of("page"))));
    }

    /** Each variant's stock as {@code stock.<specId>}, beside the product's own facts. */
    @Override
    public Answer product(String journeyId, String offerId) {
        RestClient.Reply reply = rest.get(ApiChannel.viewPath("1688/products", journeyId) + "&offerId="
                + URLEncoder.encode(offerId, StandardCharsets.UTF_8));
        return RowFacts.add(StepCalls.answer(reply), reply.body().path("variants"), "stock", "specId", "stock");
    }
}
