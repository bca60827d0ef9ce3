package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.web.SectionAnswers;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.sections.GuideSection;
import com.buyerjourneykit.reference.sections.SectionContext;
import com.buyerjourneykit.reference.web.Route;
import java.util.List;

/**
 * Guide section 5, "How to make the order on 1688.com?" (ORD-01…06): search the cross-border site by
 * keyword, link or photo, the product page, and the cross-border order with its preview.
 */
public final class OrderingSection implements GuideSection {
    private static final String ORDERS = OrderingSteps.ORDER.path();
    private static final String[] ORDER_FIELDS = {"offerId", "specId", "quantity", "countryCode", "fullName", "address",
        "logisticsSolutionId", "tradeType", "orderType", "redPacketId"};

    @Override
    public String name() {
        return "ordering";
    }

    @Override
    public List<JourneyStep> steps() {
        return OrderingSteps.ALL;
    }

    @Override
    public List<Route> routes(SectionContext context) {
        Commerce1688Client commerce = new Commerce1688Client(context.member1688());
        Searching searching = new Searching(commerce, context.journeys());
        ProductPages products = new ProductPages(commerce, context.journeys());
        Ordering ordering = new Ordering(commerce, context.journeys());
        return List.of(
                Route.journeyAction("1688/searches", template("search"), SectionAnswers.answering(request -> searching.search(
                        request.journeyId(), OrderingForms.search(request)))).typingBack("keyword", "productLink", "region", "categoryId", "page"),
                Route.readOnly("1688/products", template("product"), SectionAnswers.answering(request -> products.show(OrderingForms.product(request)))),
                Route.journeyAction(ORDERS + "/previews", template("order-preview"), SectionAnswers.answering(
                        request -> ordering.preview(request.journeyId(), OrderingForms.order(request)))).typingBack(ORDER_FIELDS),
                Route.journeyAction(ORDERS, template("order"), SectionAnswers.answering(request -> ordering.place(
                        request.journeyId(), OrderingForms.order(request), request.text("idempotencyKey"))))
                        .typingBack(ORDER_FIELDS).typingBack("idempotencyKey"));
    }
}
