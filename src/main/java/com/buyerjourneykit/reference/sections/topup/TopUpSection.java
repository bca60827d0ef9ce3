package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.web.SectionAnswers;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.providers.WorldFirstSigner;
import com.buyerjourneykit.reference.sections.GuideSection;
import com.buyerjourneykit.reference.sections.SectionContext;
import com.buyerjourneykit.reference.web.Route;
import java.util.List;

/**
 * Guide section 4B, "How to top up into World Account" (TOP-01…07): receiving accounts with their
 * preview, balances, a quote and the conversion to CNH, and WorldFirst's notification that money arrived.
 */
public final class TopUpSection implements GuideSection {
    private static final String RECEIVING_ACCOUNTS = TopUpSteps.RECEIVING_ACCOUNT.path();

    @Override
    public String name() {
        return "topup";
    }

    @Override
    public List<JourneyStep> steps() {
        return TopUpSteps.ALL;
    }

    @Override
    public List<Route> routes(SectionContext context) {
        WorldFirstSigner signer = context.worldFirstSigner();
        WorldFirstFundsClient worldFirst = new WorldFirstFundsClient(context.worldFirst(signer));
        Journeys journeys = context.journeys();
        ReceivingAccountOpening opening = new ReceivingAccountOpening(worldFirst, journeys);
        Balances balances = new Balances(worldFirst);
        Quotes quotes = new Quotes(worldFirst, journeys);
        Conversions conversions = new Conversions(worldFirst, balances, journeys);
        BalancesView view = new BalancesView(balances, journeys);
        NotificationAnswers notifications = new NotificationAnswers(new WorldFirstNotificationClient(signer),
                new FundsReceived(journeys));
        return List.of(
                Route.journeyAction(RECEIVING_ACCOUNTS + "/previews", template("receiving-account-preview"),
                        SectionAnswers.answering(request -> opening.preview(request.journeyId(), request.text("currency"),
                                request.text("accountName")))).typingBack("currency", "accountName"),
                Route.journeyAction(RECEIVING_ACCOUNTS, template("receiving-account"),
                        SectionAnswers.answering(request -> opening.create(request.journeyId(), request.text("currency"),
                                request.text("accountName"), request.text("idempotencyKey"))))
                        .typingBack("currency", "accountName", "idempotencyKey"),
                Route.readOnly("worldfirst/balances", template("balances"),
                        SectionAnswers.answering(request -> view.show(request.text("journeyId")))),
                Route.journeyAction("worldfirst/quotes", template("quote"),
                        SectionAnswers.answering(request -> quotes.offer(request.journeyId(), QuoteRequest.read(
                                request.text("sellCurrency"), request.text("buyCurrency"), request.text("sellAmount"),
                                request.text("buyAmount"))))).typingBack("sellCurrency", "buyCurrency", "sellAmount", "buyAmount"),
                Route.journeyAction(TopUpSteps.CNH_CONVERSION.path(), template("conversion"),
                        SectionAnswers.answering(request -> conversions.convert(request.journeyId(), request.text("quoteId"),
                                request.text("idempotencyKey")))).typingBack("quoteId", "idempotencyKey"),
                Route.providerNotification(NotificationAnswers.PATH, notifications::answer));
    }
}
