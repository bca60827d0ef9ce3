package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.EInvoiceInput;
import com.buyerjourneykit.drivers.SelfBilledInvoiceDriver;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The FAQ's step 6: the self-billed e-invoice of a paid 1688 order, with the supplier's details
 * from the export, the FAQ's fixed values for a 1688 supplier (INV-02) and the buyer's
 * three-digit classification (INV-03), previewed and submitted to MyInvois.
 */
public final class SelfBilledInvoiceDsl {
    private static final String MYINVOIS_UID = "[0-9A-Z]{26}";
    /** The name the scenario's records give the order it placed and paid itself (sections 5–6). */
    private static final String PAID_IN_THIS_SCENARIO = "the order just paid";
    private final JourneyContext journey;
    private final OutcomesDsl outcomes;
    private final OrderRecords orders;
    private final InvoiceNumbers numbers;
    private final CommerceRecords commerce;
    private EInvoiceInput lastInvoice;
    private Answer firstAnswer;

    public SelfBilledInvoiceDsl(JourneyContext journey, OutcomesDsl outcomes, OrderRecords orders, InvoiceNumbers numbers,
                                CommerceRecords commerce) {
        this.journey = journey;
        this.outcomes = outcomes;
        this.orders = orders;
        this.numbers = numbers;
        this.commerce = commerce;
    }

    /** The e-invoice of the order this scenario placed and paid through the app, not one seeded at 1688. */
    public void submitForTheOrderJustPaid(String classification, String invoiceNumber) {
        orders.orderPlaced(PAID_IN_THIS_SCENARIO, commerce.orderId());
        submit(PAID_IN_THIS_SCENARIO, classification, invoiceNumber);
    }

    public void preview(String order, String classification, String invoiceNumber) {
        lastInvoice = new EInvoiceInput(orders.orderId(order), classification, numbers.of(invoiceNumber), null);
        journey.remember(driver().preview(journeyOf(), lastInvoice));
    }

    public void submit(String order, String classification, String invoiceNumber) {
        lastInvoice = new EInvoiceInput(orders.orderId(order), classification, numbers.of(invoiceNumber),
                UUID.randomUUID().toString());
        firstAnswer = journey.remember(driver().submit(journeyOf(), lastInvoice));
    }

    /** The same submission again, key included: as a buyer whose first click seemed to do nothing. */
    public void submitAgain() {
        journey.remember(driver().submit(journeyOf(), lastInvoice));
    }

    /** The facts the scenario names, and the order and number the buyer typed. */
    public void assertPreview(Map<String, String> expected) {
        Answer answer = outcomes.assertOutcome("e-invoice-preview");
        assertThat(shown(answer, expected)).as("the e-invoice preview (whole answer: %s)", answer).isEqualTo(expected);
        assertTyped(answer);
    }

    public void assertAccepted(String classification) {
        Answer answer = outcomes.assertOutcome("e-invoice-submitted");
        assertThat(answer.fact("status")).as("the e-invoice's status at MyInvois").isEqualTo("valid");
        assertThat(answer.fact("classification")).as("classification").isEqualTo(classification);
        assertThat(answer.fact("submissionUid")).as("MyInvois's submission UID").matches(MYINVOIS_UID);
        assertThat(answer.fact("documentUid")).as("MyInvois's document UID").matches(MYINVOIS_UID);
        assertTyped(answer);
    }

    public void assertRejected(String reason) {
        Answer answer = outcomes.assertOutcome("e-invoice-rejected");
        assertThat(Arrays.asList(answer.fact("reasons").split(","))).as("MyInvois's reasons").contains(reason);
        assertThat(answer.fact("message")).as("what the buyer is told").isNotBlank();
    }

    public void assertOrderNotPaid() {
        outcomes.assertOutcome("order-not-paid");
    }

    public void assertSameSubmission() {
        Answer answer = outcomes.assertOutcome("e-invoice-submitted");
        assertThat(answer.fact("submissionUid")).as("submission UID of the repeated request")
                .isEqualTo(firstAnswer.fact("submissionUid"));
    }

    private void assertTyped(Answer answer) {
        assertThat(answer.fact("orderId") + " / " + answer.fact("invoiceNumber")).as("order / e-invoice number")
                .isEqualTo(lastInvoice.orderId() + " / " + lastInvoice.invoiceNumber());
    }

    private static Map<String, String> shown(Answer answer, Map<String, String> expected) {
        Map<String, String> shown = new LinkedHashMap<>();
        expected.keySet().forEach(fact -> shown.put(fact, answer.fact(fact)));
        return shown;
    }

    private String journeyOf() {
        return journey.journeys().of(BuyersDsl.BUYER);
    }

    private SelfBilledInvoiceDriver driver() {
        return journey.driver(SelfBilledInvoiceDriver.class);
    }
}
