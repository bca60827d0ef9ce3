package com.buyerjourneykit.reference.sections.einvoice;

import java.math.BigDecimal;

/** One line of the invoice: what was bought, how many, at what unit price, for what amount (yuan). */
record InvoiceLine(String description, long quantity, BigDecimal unitPrice, BigDecimal amount) {
}
