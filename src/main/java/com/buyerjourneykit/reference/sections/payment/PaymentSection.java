package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.web.SectionAnswers;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.sections.GuideSection;
import com.buyerjourneykit.reference.sections.SectionContext;
import com.buyerjourneykit.reference.web.Route;
import java.util.List;

/**
 * Guide section 6, "Pay with World Pay" (PAY-01…07): 1688's cashier for an order (the methods, their
 * fees, and the FAQ's reasons when World Pay is missing), and paying it once with the Alipay payment password.
 */
public final class PaymentSection implements GuideSection {

    @Override
    public String name() {
        return "payment";
    }

    @Override
    public List<JourneyStep> steps() {
        return PaymentSteps.ALL;
    }

    @Override
    public List<Route> routes(SectionContext context) {
        CashierClient cashier = new CashierClient(context.member1688());
        Journeys journeys = context.journeys();
        CheckoutView checkout = new CheckoutView(cashier, journeys);
        Payments payments = new Payments(cashier, journeys);
        return List.of(
                Route.readOnly("1688/checkout", template("checkout"), SectionAnswers.answering(
                        request -> checkout.show(request.text("journeyId"), request.text("orderId")))),
                Route.journeyAction(PaymentSteps.PAYMENT.path(), template("payment"), SectionAnswers.answering(
                        request -> payments.pay(request.journeyId(), PaymentForm.read(request::text))))
                        .typingBack("orderId", "method", "idempotencyKey"));
    }
}
