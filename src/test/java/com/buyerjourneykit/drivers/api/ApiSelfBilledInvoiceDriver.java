package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.EInvoiceInput;
import com.buyerjourneykit.drivers.SelfBilledInvoiceDriver;

/** The self-billed e-invoice through the reference REST API ({@code …/myinvois/self-billed-invoices[/previews]}). */
final class ApiSelfBilledInvoiceDriver implements SelfBilledInvoiceDriver {
    private static final String INVOICES = "myinvois/self-billed-invoices";
    private final StepCalls calls;

    ApiSelfBilledInvoiceDriver(StepCalls calls) {
        this.calls = calls;
    }

    @Override
    public Answer preview(String journeyId, EInvoiceInput invoice) {
        return calls.post(ApiChannel.journeyPath(journeyId, INVOICES + "/previews"), StepCalls.body(invoice));
    }

    @Override
    public Answer submit(String journeyId, EInvoiceInput invoice) {
        return calls.post(ApiChannel.journeyPath(journeyId, INVOICES), StepCalls.body(invoice));
    }
}
