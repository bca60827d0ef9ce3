package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.MyInvoisControlDriver;

/** What the simulated MyInvois received: an e-invoice submitted once, or not at all. */
public final class MyInvoisControlDsl {
    private final JourneyContext journey;
    private final InvoiceNumbers numbers;

    public MyInvoisControlDsl(JourneyContext journey, InvoiceNumbers numbers) {
        this.journey = journey;
        this.numbers = numbers;
    }

    public void assertAcceptedOnce(String invoiceNumber) {
        String number = numbers.of(invoiceNumber);
        assertThat(control().acceptedInvoiceNumbers()).as("e-invoices MyInvois accepted").filteredOn(number::equals).hasSize(1);
    }

    public void assertReceivedNone(String invoiceNumber) {
        String number = numbers.of(invoiceNumber);
        assertThat(control().acceptedInvoiceNumbers()).as("e-invoices MyInvois accepted").doesNotContain(number);
        assertThat(control().rejectedInvoiceNumbers()).as("e-invoices MyInvois rejected").doesNotContain(number);
    }

    private MyInvoisControlDriver control() {
        return journey.control(MyInvoisControlDriver.class);
    }
}
