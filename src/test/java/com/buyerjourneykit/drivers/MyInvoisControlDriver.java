package com.buyerjourneykit.drivers;

import java.util.List;

/** What the simulated MyInvois received from the system under test. */
public interface MyInvoisControlDriver {

    /** The e-invoice numbers (UBL {@code ID}) of every document MyInvois accepted, one entry per acceptance. */
    List<String> acceptedInvoiceNumbers();

    /** The code numbers of every document MyInvois rejected, one entry per rejection. */
    List<String> rejectedInvoiceNumbers();
}
