package com.buyerjourneykit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A UBL 2.1 self-billed invoice (type 11) as the FAQ fills it for a 1688 purchase, in MyInvois's
 * JSON notation, changeable field by field; and the submission body that carries it.
 */
final class SelfBilledInvoiceUbl {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode root = JSON.createObjectNode();
    private final ObjectNode invoice;

    private SelfBilledInvoiceUbl(String invoiceId) {
        root.put("_D", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
        invoice = root.putArray("Invoice").addObject();
        invoice.set("ID", value(invoiceId));
        invoice.set("IssueDate", value("2026-01-05"));
        invoice.set("IssueTime", value("00:30:00Z"));
        invoice.set("InvoiceTypeCode", value("11", "listVersionID", "1.0"));
        invoice.set("DocumentCurrencyCode", value("MYR"));
        invoice.set("AccountingSupplierParty", supplier());
        invoice.set("AccountingCustomerParty", buyer());
        invoice.set("InvoiceLine", lines());
        invoice.set("TaxTotal", list(object("TaxAmount", amount("0.00"))));
        ObjectNode totals = object("TaxExclusiveAmount", amount("150.50"));
        totals.set("PayableAmount", amount("150.50"));
        invoice.set("LegalMonetaryTotal", list(totals));
    }

    static SelfBilledInvoiceUbl of(String invoiceId) {
        return new SelfBilledInvoiceUbl(invoiceId);
    }

    /** Sets the value of the first element along the path ({@code "InvoiceLine", "Item", "Description"}). */
    SelfBilledInvoiceUbl with(String value, String... path) {
        element(path).put("_", value);
        return this;
    }

    SelfBilledInvoiceUbl withAttribute(String attribute, String value, String... path) {
        element(path).put(attribute, value);
        return this;
    }

    /** Removes the element at the end of the path. */
    SelfBilledInvoiceUbl without(String... path) {
        ObjectNode parent = invoice;
        for (int index = 0; index < path.length - 1; index++) {
            parent = (ObjectNode) parent.path(path[index]).get(0);
        }
        parent.remove(path[path.length - 1]);
        return this;
    }

    /** The supplier's or buyer's PartyIdentification with this schemeID gets another value. */
    SelfBilledInvoiceUbl withIdentification(String party, String scheme, String value) {
        for (JsonNode identification : invoice.path(party).get(0).path("Party").get(0).path("PartyIdentification")) {
            ObjectNode id = (ObjectNode) identification.path("ID").get(0);
            if (scheme.equals(id.path("schemeID").asText())) {
                id.put("_", value);
            }
        }
        return this;
    }

    byte[] bytes() {
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One entry of a submission's documents: base64, SHA-256 in hex, the code number. */
    String entry(String codeNumber) {
        return entry("JSON", bytes(), codeNumber);
    }

    static String entry(String format, byte[] document, String codeNumber) {
        return "{\"format\":\"" + format + "\",\"document\":\"" + Base64.getEncoder().encodeToString(document)
                + "\",\"documentHash\":\"" + sha256(document) + "\",\"codeNumber\":\"" + codeNumber + "\"}";
    }

    static String submission(String... entries) {
        return "{\"documents\":[" + String.join(",", entries) + "]}";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private ObjectNode element(String... path) {
        ObjectNode node = invoice;
        for (String name : path) {
            node = (ObjectNode) node.path(name).get(0);
        }
        return node;
    }

    private static ArrayNode supplier() {
        ObjectNode party = JSON.createObjectNode();
        party.set("IndustryClassificationCode", value("00000", "name", "NA"));
        party.set("PartyIdentification", identifications("EI00000000030", "BRN", "NA"));
        party.set("PostalAddress", address("Yiwu, Zhejiang", "CHN"));
        party.set("PartyLegalEntity", list(object("RegistrationName", value("义乌市小商品有限公司"))));
        party.set("Contact", list(object("Telephone", value("+86 579 8555 0000"))));
        return list(object("Party", list(party)));
    }

    private static ArrayNode buyer() {
        ObjectNode party = JSON.createObjectNode();
        party.set("PartyIdentification", identifications("IG12345678901", "NRIC", "900101015555"));
        party.set("PostalAddress", address("1 Jalan Ampang, Kuala Lumpur", "MYS"));
        party.set("PartyLegalEntity", list(object("RegistrationName", value("BJK Test Buyer"))));
        party.set("Contact", list(object("Telephone", value("+60123456789"))));
        return list(object("Party", list(party)));
    }

    private static ArrayNode identifications(String tin, String idScheme, String idValue) {
        ArrayNode list = JSON.createArrayNode();
        list.add(object("ID", value(tin, "schemeID", "TIN")));
        list.add(object("ID", value(idValue, "schemeID", idScheme)));
        list.add(object("ID", value("NA", "schemeID", "SST")));
        return list;
    }

    private static ArrayNode address(String line, String country) {
        ObjectNode address = object("AddressLine", list(object("Line", value(line))));
        address.set("Country", list(object("IdentificationCode", value(country, "listID", "ISO3166-1"))));
        return list(address);
    }

    private static ArrayNode lines() {
        ObjectNode line = object("ID", value("1"));
        line.set("InvoicedQuantity", value("10", "unitCode", "C62"));
        line.set("LineExtensionAmount", amount("150.50"));
        ObjectNode item = object("Description", value("Phone cases, black"));
        item.set("CommodityClassification", list(object("ItemClassificationCode", value("009", "listID", "CLASS"))));
        line.set("Item", list(item));
        line.set("Price", list(object("PriceAmount", amount("15.05"))));
        return list(line);
    }

    /** An amount as MyInvois's JSON writes it: a number, exact. */
    private static ArrayNode amount(String value) {
        ObjectNode node = JSON.createObjectNode();
        node.set("_", JSON.getNodeFactory().numberNode(new BigDecimal(value)));
        node.put("currencyID", "MYR");
        return list(node);
    }

    private static ArrayNode value(String text) {
        return list(JSON.createObjectNode().put("_", text));
    }

    private static ArrayNode value(String text, String attribute, String attributeValue) {
        return list(JSON.createObjectNode().put("_", text).put(attribute, attributeValue));
    }

    private static ObjectNode object(String name, ArrayNode value) {
        ObjectNode node = JSON.createObjectNode();
        node.set(name, value);
        return node;
    }

    private static ArrayNode list(ObjectNode node) {
        ArrayNode list = JSON.createArrayNode();
        list.add(node);
        return list;
    }
}
