package com.buyerjourneykit.simulator;

/** The FAQ's self-billed invoice (type 11) in UBL 2.1 XML, with its number and classification code to choose. */
final class SelfBilledInvoiceXml {
    private SelfBilledInvoiceXml() {
    }

    static String of(String invoiceId, String classification) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:ID>%s</cbc:ID>
                  <cbc:IssueDate>2026-01-05</cbc:IssueDate>
                  <cbc:IssueTime>00:30:00Z</cbc:IssueTime>
                  <cbc:InvoiceTypeCode listVersionID="1.0">11</cbc:InvoiceTypeCode>
                  <cbc:DocumentCurrencyCode>MYR</cbc:DocumentCurrencyCode>
                  <cac:AccountingSupplierParty><cac:Party>
                    <cbc:IndustryClassificationCode name="NA">00000</cbc:IndustryClassificationCode>
                    <cac:PartyIdentification><cbc:ID schemeID="TIN">EI00000000030</cbc:ID></cac:PartyIdentification>
                    <cac:PartyIdentification><cbc:ID schemeID="BRN">NA</cbc:ID></cac:PartyIdentification>
                    <cac:PartyIdentification><cbc:ID schemeID="SST">NA</cbc:ID></cac:PartyIdentification>
                    <cac:PostalAddress><cac:AddressLine><cbc:Line>Yiwu, Zhejiang</cbc:Line></cac:AddressLine>
                      <cac:Country><cbc:IdentificationCode listID="ISO3166-1">CHN</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                    <cac:PartyLegalEntity><cbc:RegistrationName>Yiwu Small Goods Co.</cbc:RegistrationName></cac:PartyLegalEntity>
                    <cac:Contact><cbc:Telephone>+86 579 8555 0000</cbc:Telephone></cac:Contact>
                  </cac:Party></cac:AccountingSupplierParty>
                  <cac:AccountingCustomerParty><cac:Party>
                    <cac:PartyIdentification><cbc:ID schemeID="TIN">IG12345678901</cbc:ID></cac:PartyIdentification>
                    <cac:PartyIdentification><cbc:ID schemeID="NRIC">900101015555</cbc:ID></cac:PartyIdentification>
                    <cac:PartyIdentification><cbc:ID schemeID="SST">NA</cbc:ID></cac:PartyIdentification>
                    <cac:PostalAddress><cac:AddressLine><cbc:Line>1 Jalan Ampang</cbc:Line></cac:AddressLine>
                      <cac:Country><cbc:IdentificationCode listID="ISO3166-1">MYS</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                    <cac:PartyLegalEntity><cbc:RegistrationName>BJK Test Buyer</cbc:RegistrationName></cac:PartyLegalEntity>
                    <cac:Contact><cbc:Telephone>+60123456789</cbc:Telephone></cac:Contact>
                  </cac:Party></cac:AccountingCustomerParty>
                  <cac:TaxTotal><cbc:TaxAmount currencyID="MYR">0.00</cbc:TaxAmount></cac:TaxTotal>
                  <cac:LegalMonetaryTotal>
                    <cbc:TaxExclusiveAmount currencyID="MYR">30.00</cbc:TaxExclusiveAmount>
                    <cbc:PayableAmount currencyID="MYR">30.00</cbc:PayableAmount>
                  </cac:LegalMonetaryTotal>
                  <cac:InvoiceLine>
                    <cbc:ID>1</cbc:ID>
                    <cbc:InvoicedQuantity unitCode="C62">2</cbc:InvoicedQuantity>
                    <cbc:LineExtensionAmount currencyID="MYR">30.00</cbc:LineExtensionAmount>
                    <cac:Item><cbc:Description>Tote bags</cbc:Description>
                      <cac:CommodityClassification><cbc:ItemClassificationCode listID="CLASS">%s</cbc:ItemClassificationCode></cac:CommodityClassification>
                    </cac:Item>
                    <cac:Price><cbc:PriceAmount currencyID="MYR">15.00</cbc:PriceAmount></cac:Price>
                  </cac:InvoiceLine>
                </Invoice>
                """.formatted(invoiceId, classification);
    }
}
