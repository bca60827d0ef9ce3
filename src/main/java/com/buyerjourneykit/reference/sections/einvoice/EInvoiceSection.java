package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.web.SectionAnswers;
import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.providers.MyInvoisCall;
import com.buyerjourneykit.reference.sections.GuideSection;
import com.buyerjourneykit.reference.sections.SectionContext;
import com.buyerjourneykit.reference.web.Route;
import com.buyerjourneykit.reference.web.StepRequest;
import java.util.List;

/**
 * The FAQ's "How to create a self-billed e-invoice for 1688.com purchases?" (INV-01…03): 我的订单,
 * the order report and its download, and the self-billed e-invoice of a paid order, previewed and
 * submitted to MyInvois. Malaysia only and optional, so it adds no step to the journey.
 */
public final class EInvoiceSection implements GuideSection {
    private static final String INVOICES = "myinvois/self-billed-invoices";
    private static final String EXPORTS = "1688/order-exports";

    @Override
    public String name() {
        return "einvoice";
    }

    @Override
    public List<JourneyStep> steps() {
        return List.of();
    }

    @Override
    public List<Route> routes(SectionContext context) {
        BuyerMember members = new BuyerMember(context.journeys());
        Trade1688Client trade = new Trade1688Client(context.member1688());
        MyOrders orders = new MyOrders(trade, members);
        OrderExports exports = new OrderExports(trade, members);
        MyInvoisCall myInvois = new MyInvoisCall(context.settings().myInvois(), context.http(), context.clock());
        SelfBilledInvoices invoices = new SelfBilledInvoices(members, new PaidOrders(trade, context.settings().myInvois()),
                new MyInvoisClient(myInvois), new KeptAnswers(context.journeys()));
        return List.of(
                Route.readOnly("1688/orders", template("orders"),
                        SectionAnswers.answering(request -> orders.list(request.text("journeyId"), request.text("status")))),
                Route.journeyAction(EXPORTS, template("order-export"),
                        SectionAnswers.answering(request -> exports.create(request.journeyId(), request.text("status"))))
                        .typingBack("status").needingNoBody(),
                Route.readOnly(EXPORTS, template("order-export-download"),
                        SectionAnswers.answering(request -> exports.show(request.text("journeyId"), request.text("reportId")))),
                Route.journeyAction(INVOICES + "/previews", template("e-invoice-preview"),
                        SectionAnswers.answering(request -> invoices.preview(request.journeyId(), invoiceRequest(request))))
                        .typingBack("orderId", "classification", "invoiceNumber"),
                Route.journeyAction(INVOICES, template("e-invoice"),
                        SectionAnswers.answering(request -> invoices.submit(request.journeyId(), invoiceRequest(request),
                                Inputs.idempotencyKey(request.text("idempotencyKey")))))
                        .typingBack("orderId", "classification", "invoiceNumber", "idempotencyKey"));
    }

    private static InvoiceRequest invoiceRequest(StepRequest request) {
        return InvoiceRequest.read(request.text("orderId"), request.text("classification"), request.text("invoiceNumber"));
    }
}
