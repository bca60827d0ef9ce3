package com.buyerjourneykit.simulator.myinvois;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Amounts of a JSON UBL are exact: JSON numbers are read as decimals, never through a double. */
class InvoiceMoneyTest {

    @Test
    void tenAndTwentyCentsMakeExactlyThirtyCents() {
        UblNode invoice = JsonUbl.invoiceOf(("{\"Invoice\":[{"
                + "\"InvoiceLine\":[" + line("0.1") + "," + line("0.2") + "],"
                + "\"TaxTotal\":[{\"TaxAmount\":[{\"_\":0,\"currencyID\":\"MYR\"}]}],"
                + "\"LegalMonetaryTotal\":[{\"TaxExclusiveAmount\":[{\"_\":0.3,\"currencyID\":\"MYR\"}],"
                + "\"PayableAmount\":[{\"_\":0.30,\"currencyID\":\"MYR\"}]}]}]}").getBytes(StandardCharsets.UTF_8));
        DocumentProblems problems = new DocumentProblems();
        Optional<BigDecimal> lines = InvoiceLines.read(invoice, "MYR", problems);
        InvoiceTotals totals = InvoiceTotals.read(invoice, "MYR", lines, problems);
        assertThat(problems.all()).isEmpty();
        assertThat(lines).contains(new BigDecimal("0.3"));
        assertThat(totals.payable()).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void aFifteenDigitAmountKeepsEveryDigit() {
        UblNode invoice = JsonUbl.invoiceOf("{\"Invoice\":[{\"PayableAmount\":[{\"_\":123456789012345.67}]}]}"
                .getBytes(StandardCharsets.UTF_8));
        DocumentProblems problems = new DocumentProblems();
        assertThat(Amounts.required(invoice, "Invoice", problems, "PayableAmount")).contains(new BigDecimal("123456789012345.67"));
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aDocumentIssuedExactly72HoursAgoIsInTimeAndOneSecondMoreIsNot() {
        Instant now = Instant.parse("2026-01-05T01:00:00Z");
        assertThat(codesFor("2026-01-02", "01:00:00Z", now)).isEmpty();
        assertThat(codesFor("2026-01-02", "00:59:59Z", now)).containsExactly(ErrorCodes.ISSUED_TOO_LONG_AGO);
    }

    private static List<String> codesFor(String date, String time, Instant now) {
        UblNode invoice = JsonUbl.invoiceOf(("{\"Invoice\":[{\"ID\":[{\"_\":\"A\"}],\"IssueDate\":[{\"_\":\"" + date
                + "\"}],\"IssueTime\":[{\"_\":\"" + time + "\"}],\"InvoiceTypeCode\":[{\"_\":\"11\",\"listVersionID\":\"1.0\"}],"
                + "\"DocumentCurrencyCode\":[{\"_\":\"MYR\"}]}]}").getBytes(StandardCharsets.UTF_8));
        DocumentProblems problems = new DocumentProblems();
        InvoiceHeader.read(invoice, now, problems);
        return problems.all().stream().map(Problem::code).toList();
    }

    private static String line(String amount) {
        return "{\"ID\":[{\"_\":\"1\"}],\"InvoicedQuantity\":[{\"_\":1}],\"LineExtensionAmount\":[{\"_\":" + amount
                + ",\"currencyID\":\"MYR\"}],\"Item\":[{\"Description\":[{\"_\":\"x\"}],\"CommodityClassification\":"
                + "[{\"ItemClassificationCode\":[{\"_\":\"009\",\"listID\":\"CLASS\"}]}]}],"
                + "\"Price\":[{\"PriceAmount\":[{\"_\":" + amount + ",\"currencyID\":\"MYR\"}]}]}";
    }
}
