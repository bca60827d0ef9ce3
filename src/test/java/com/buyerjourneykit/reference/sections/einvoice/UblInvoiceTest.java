package com.buyerjourneykit.reference.sections.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The self-billed invoice as MyInvois's UBL 2.1 JSON: type 11 version 1.0, INV-02's fields where MyInvois reads them, exact amounts. */
class UblInvoiceTest {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final InvoiceParty BUYER = new InvoiceParty("Aminah Trading", "IG12345678901", "NRIC", "NA", "NA", "NA", "MYS",
            "+60123456789");
    private static final SelfBilledInvoice INVOICE = new SelfBilledInvoice("1234567890123456", "INV-0001", "009",
            Instant.parse("2026-01-05T09:30:15Z"),
            InvoiceParty.supplier1688("温州星辰电子有限公司", "浙江省温州市鹿城区工业路88号", "+86 577 8800 0001"), BUYER,
            List.of(new InvoiceLine("Phone stand (610000000001-gray)", 2, new BigDecimal("20.00"), new BigDecimal("40.00")),
                    new InvoiceLine("Cross-border logistics CAINIAO_GLOBAL_STANDARD", 1, new BigDecimal("25.00"), new BigDecimal("25.00"))),
            new BigDecimal("0.00"), new BigDecimal("65.00"), "CNY");

    @Test
    void itIsOneSelfBilledInvoiceOfVersion10IssuedInUtc() throws IOException {
        JsonNode invoice = invoice();
        assertThat(JSON.readTree(UblInvoice.document(INVOICE)).path("Invoice").size()).isEqualTo(1);
        assertThat(text(invoice, "ID")).isEqualTo("INV-0001");
        assertThat(text(invoice, "InvoiceTypeCode")).isEqualTo("11");
        assertThat(invoice.at("/InvoiceTypeCode/0/listVersionID").asText()).isEqualTo("1.0");
        assertThat(text(invoice, "IssueDate") + " " + text(invoice, "IssueTime")).isEqualTo("2026-01-05 09:30:15Z");
        assertThat(text(invoice, "DocumentCurrencyCode")).isEqualTo("CNY");
    }

    @Test
    void theForeignSupplierCarriesTheFaqsValues() throws IOException {
        JsonNode supplier = invoice().at("/AccountingSupplierParty/0/Party/0");
        assertThat(supplier.at("/PartyLegalEntity/0/RegistrationName/0/_").asText()).isEqualTo("温州星辰电子有限公司");
        assertThat(supplier.at("/PartyIdentification").toString()).contains("{\"ID\":[{\"_\":\"EI00000000030\",\"schemeID\":\"TIN\"}]}",
                "{\"ID\":[{\"_\":\"EI00000000030\",\"schemeID\":\"BRN\"}]}", "{\"ID\":[{\"_\":\"NA\",\"schemeID\":\"SST\"}]}");
        assertThat(supplier.at("/IndustryClassificationCode/0/_").asText()).isEqualTo("00000");
        assertThat(supplier.at("/IndustryClassificationCode/0/name").asText()).isEqualTo("NA");
        assertThat(supplier.at("/PostalAddress/0/AddressLine/0/Line/0/_").asText()).isEqualTo("浙江省温州市鹿城区工业路88号");
        assertThat(supplier.at("/PostalAddress/0/Country/0/IdentificationCode/0/_").asText()).isEqualTo("CHN");
        assertThat(supplier.at("/Contact/0/Telephone/0/_").asText()).isEqualTo("+86 577 8800 0001");
    }

    @Test
    void theBuyerIssuesItWithItsOwnTin() throws IOException {
        JsonNode buyer = invoice().at("/AccountingCustomerParty/0/Party/0");
        assertThat(buyer.at("/PartyIdentification/0/ID/0/_").asText()).isEqualTo("IG12345678901");
        assertThat(buyer.at("/PostalAddress/0/Country/0/IdentificationCode/0/_").asText()).isEqualTo("MYS");
        assertThat(buyer.has("IndustryClassificationCode")).isFalse();
    }

    @Test
    void everyLineIsClassifiedAndTheTotalsAreExact() throws IOException {
        JsonNode invoice = invoice();
        assertThat(invoice.at("/InvoiceLine").size()).isEqualTo(2);
        for (JsonNode line : invoice.at("/InvoiceLine")) {
            assertThat(line.at("/Item/0/CommodityClassification/0/ItemClassificationCode/0").toString())
                    .isEqualTo("{\"_\":\"009\",\"listID\":\"CLASS\"}");
        }
        assertThat(invoice.at("/InvoiceLine/0/LineExtensionAmount/0/_").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(invoice.at("/InvoiceLine/0/InvoicedQuantity/0/_").asText()).isEqualTo("2");
        assertThat(invoice.at("/LegalMonetaryTotal/0/TaxExclusiveAmount/0/_").decimalValue()).isEqualByComparingTo("65.00");
        assertThat(new String(UblInvoice.document(INVOICE), StandardCharsets.UTF_8))
                .contains("\"PayableAmount\":[{\"_\":65.00,\"currencyID\":\"CNY\"}]", "\"PriceAmount\":[{\"_\":20.00,");
        assertThat(invoice.at("/TaxTotal/0/TaxAmount/0/_").decimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void theHashIsTheSha256OfTheDocumentsBytes() {
        assertThat(MyInvoisClient.sha256("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static JsonNode invoice() throws IOException {
        return JSON.readTree(UblInvoice.document(INVOICE)).at("/Invoice/0");
    }

    private static String text(JsonNode invoice, String element) {
        return invoice.at("/" + element + "/0/_").asText();
    }
}
