package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.SelfBilledInvoiceUbl.submission;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The field rules of a self-billed invoice (INV-02, INV-03 and MyInvois's own), one rejected document each. */
class MyInvoisInvoiceRulesAcceptanceTest {
    private static final AtomicInteger NUMBER = new AtomicInteger();

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();
    private MyInvoisHttp myInvois;

    @BeforeEach
    void freshSimulator() {
        myInvois = MyInvoisHttp.afterReset(SIMULATOR.baseUrl()).login();
    }

    @ParameterizedTest(name = "classification {0} is accepted")
    @ValueSource(strings = {"000", "009", "999"})
    void aThreeDigitClassificationIsAccepted(String code) {
        assertThat(accepted(invoice().with(code, "InvoiceLine", "Item", "CommodityClassification", "ItemClassificationCode"))).isTrue();
    }

    @ParameterizedTest(name = "classification \"{0}\" → {1}")
    @CsvSource(value = {"1000, CV302", "12, CV302", "0009, CV302", "abc, CV302", "-01, CV302", "1.5, CV302", "'', CF301"})
    void anyOtherClassificationIsRejected(String code, String expected) {
        assertThat(codes(invoice().with(code, "InvoiceLine", "Item", "CommodityClassification", "ItemClassificationCode")))
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource(delimiter = '|', value = {
        "ID|ID",
        "IssueDate|IssueDate",
        "InvoiceTypeCode|InvoiceTypeCode",
        "DocumentCurrencyCode|DocumentCurrencyCode",
        "AccountingSupplierParty/Party/PartyLegalEntity|RegistrationName",
        "AccountingSupplierParty/Party/PostalAddress|Line",
        "AccountingSupplierParty/Party/Contact|Telephone",
        "AccountingSupplierParty/Party/IndustryClassificationCode|IndustryClassificationCode",
        "AccountingCustomerParty/Party/PartyLegalEntity|RegistrationName",
        "InvoiceLine|InvoiceLine",
        "InvoiceLine/Item/Description|Description",
        "InvoiceLine/Price|PriceAmount",
        "TaxTotal|TaxAmount",
        "LegalMonetaryTotal/PayableAmount|PayableAmount"})
    void aMissingFieldIsNamed(String path, String target) {
        JsonNode details = details(invoice().without(path.split("/")));
        assertThat(details).extracting(detail -> detail.path("code").asText() + " " + detail.path("target").asText())
                .contains("CF301 " + target);
    }

    @ParameterizedTest(name = "{0} of {1} → {3}")
    @CsvSource(delimiter = '|', value = {
        "AccountingSupplierParty|TIN|C0123|CF302",
        "AccountingSupplierParty|TIN|C9876543210|TV301",
        "AccountingSupplierParty|TIN|C4040404040|TV301",
        "AccountingSupplierParty|SST||CF301",
        "AccountingSupplierParty|BRN||CF301",
        "AccountingCustomerParty|NRIC||CF301"})
    void theFaqsIdentificationsAreChecked(String party, String scheme, String value, String code) {
        assertThat(codes(invoice().withIdentification(party, scheme, value == null ? "" : value))).contains(code);
    }

    @Test
    void theFaqsForeignSupplierValuesPass() {
        assertThat(accepted(invoice().withIdentification("AccountingSupplierParty", "TIN", "EI00000000030")
                .withIdentification("AccountingSupplierParty", "SST", "NA")
                .with("00000", "AccountingSupplierParty", "Party", "IndustryClassificationCode"))).isTrue();
    }

    @ParameterizedTest(name = "MSIC {0} → {1}")
    @CsvSource({"0000, CF302", "ABCDE, CF302"})
    void theMsicCodeHasFiveDigits(String msic, String code) {
        assertThat(codes(invoice().with(msic, "AccountingSupplierParty", "Party", "IndustryClassificationCode"))).containsExactly(code);
    }

    @ParameterizedTest(name = "issued {0} {1} → {2}")
    @CsvSource({"2026-01-01, 23:59:59Z, CF321", "2026-01-02, 01:00:00Z, ''", "2026-01-05, 01:05:00Z, ''",
        "2026-01-05, 01:05:01Z, CF322", "2026-01-05, 00:30:00, CF302", "2026-02-30, 00:30:00Z, CF302"})
    void theIssueTimeIsWithinTheLast72Hours(String date, String time, String code) {
        List<String> codes = codes(invoice().with(date, "IssueDate").with(time, "IssueTime"));
        if (code.isEmpty()) {
            assertThat(codes).isEmpty();
        } else {
            assertThat(codes).containsExactly(code);
        }
    }

    @ParameterizedTest(name = "type {0} version {1} → {2}")
    @CsvSource({"01, 1.0, CF303", "12, 1.0, CF303", "11, 1.1, CF304", "11, 2.0, CF302"})
    void onlyTheSelfBilledInvoiceInVersion10IsTaken(String type, String version, String code) {
        assertThat(codes(invoice().with(type, "InvoiceTypeCode").withAttribute("listVersionID", version, "InvoiceTypeCode")))
                .containsExactly(code);
    }

    @ParameterizedTest(name = "amount {0} → CF305")
    @ValueSource(strings = {"-1.00", "1.005", "12,50", "1e3"})
    void anAmountIsNotNegativeWithAtMostTwoDecimals(String amount) {
        assertThat(codes(invoice().with(amount, "LegalMonetaryTotal", "PayableAmount"))).containsExactly("CF305");
    }

    @Test
    void amountsAreInTheDocumentsCurrencyAndTheTotalIsTheSumOfTheLines() {
        assertThat(codes(invoice().withAttribute("currencyID", "USD", "InvoiceLine", "LineExtensionAmount"))).contains("CF306");
        assertThat(codes(invoice().with("150.49", "LegalMonetaryTotal", "TaxExclusiveAmount"))).containsExactly("CF307");
        assertThat(codes(invoice().with("0", "InvoiceLine", "InvoicedQuantity"))).containsExactly("CF302");
    }

    @Test
    void everyProblemOfADocumentIsReportedAtOnce() {
        JsonNode details = details(invoice().with("1234", "InvoiceLine", "Item", "CommodityClassification", "ItemClassificationCode")
                .without("AccountingSupplierParty", "Party", "Contact").with("XYZ", "DocumentCurrencyCode"));
        assertThat(details).extracting(detail -> detail.path("code").asText()).contains("CV302", "CF301", "CF302");
        assertThat(details).allSatisfy(detail -> assertThat(detail.path("propertyPath").asText()).startsWith("Invoice."));
    }

    private static SelfBilledInvoiceUbl invoice() {
        return SelfBilledInvoiceUbl.of("INV-R" + NUMBER.incrementAndGet());
    }

    private boolean accepted(SelfBilledInvoiceUbl invoice) {
        JsonNode body = myInvois.submit(submission(invoice.entry("ORDER"))).body();
        return body.path("acceptedDocuments").size() == 1 && body.path("rejectedDocuments").isEmpty();
    }

    private List<String> codes(SelfBilledInvoiceUbl invoice) {
        List<String> codes = new ArrayList<>();
        details(invoice).forEach(detail -> codes.add(detail.path("code").asText()));
        return codes;
    }

    private JsonNode details(SelfBilledInvoiceUbl invoice) {
        MyInvoisHttp.Answer answer = myInvois.submit(submission(invoice.entry("ORDER")));
        assertThat(answer.status()).isEqualTo(202);
        JsonNode rejected = answer.body().path("rejectedDocuments");
        return rejected.isEmpty() ? rejected : rejected.get(0).path("error").path("details");
    }
}
