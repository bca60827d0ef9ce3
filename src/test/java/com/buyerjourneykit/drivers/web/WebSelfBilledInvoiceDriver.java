package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.EInvoiceInput;
import com.buyerjourneykit.drivers.SelfBilledInvoiceDriver;

/** The self-billed e-invoice in the browser: the preview form and the submission form. */
final class WebSelfBilledInvoiceDriver implements SelfBilledInvoiceDriver {
    private static final String INVOICES = "myinvois/self-billed-invoices";
    private final JourneyScreens screens;

    WebSelfBilledInvoiceDriver(JourneyScreens screens) {
        this.screens = screens;
    }

    @Override
    public Answer preview(String journeyId, EInvoiceInput invoice) {
        return screens.openStep(journeyId, INVOICES + "/previews").submit(invoice.fields());
    }

    /** The page generates its own key in a hidden field; a scenario that repeats a submission types its own in. */
    @Override
    public Answer submit(String journeyId, EInvoiceInput invoice) {
        return screens.openStep(journeyId, INVOICES).submit(invoice.fields());
    }
}
