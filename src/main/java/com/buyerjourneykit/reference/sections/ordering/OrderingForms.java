package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.web.StepRequest;
import java.util.List;

/** What the buyer sent to this section's forms and REST bodies, read alike: a number may come as a JSON number or as text. */
final class OrderingForms {
    /** Neither a whole JSON number nor text: no whole-number rule can pass it. */
    private static final String NOT_A_NUMBER = "not-a-number";

    private OrderingForms() {
    }

    static SearchQuery search(StepRequest request) {
        return SearchQuery.read(request.text("keyword"), request.longText("productLink"), request.longText(SearchImage.FIELD),
                request.text("region"), request.text("categoryId"), number(request, "page"));
    }

    static ProductQuery product(StepRequest request) {
        return ProductQuery.read(request.text("journeyId"), request.text("offerId"), request.text("productLink"),
                request.text("region"));
    }

    /** Amounts a tampering client might send; the order takes 1688's prices. */
    private static final List<String> AMOUNTS = List.of("price", "unitPrice", "goodsAmount", "carriage", "discount", "total");

    static OrderForm order(StepRequest request) {
        Inputs.noAmountsGiven(request::text, AMOUNTS);
        return OrderForm.read(field -> "quantity".equals(field) ? number(request, field) : request.text(field));
    }

    private static String number(StepRequest request, String field) {
        try {
            Integer number = request.integer(field);
            return number == null ? null : String.valueOf(number);
        } catch (InvalidInput notAWholeJsonNumber) {
            return textOrNotANumber(request, field);
        }
    }

    private static String textOrNotANumber(StepRequest request, String field) {
        try {
            return request.text(field);
        } catch (InvalidInput notText) {
            return NOT_A_NUMBER;
        }
    }
}
