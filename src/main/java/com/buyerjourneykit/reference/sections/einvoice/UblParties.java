package com.buyerjourneykit.reference.sections.einvoice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A party of the UBL invoice; the supplier also carries its MSIC code and business activity (FAQ: "00000", "NA"). */
final class UblParties {
    private UblParties() {
    }

    static ArrayNode supplier(InvoiceParty supplier) {
        ObjectNode json = Ubl.object();
        json.set("IndustryClassificationCode", Ubl.text(SelfBilledInvoice.MSIC_FOR_1688_SUPPLIERS, "name",
                InvoiceParty.NOT_APPLICABLE));
        json.setAll(body(supplier));
        return Ubl.of(json);
    }

    static ArrayNode party(InvoiceParty party) {
        return Ubl.of(body(party));
    }

    private static ObjectNode body(InvoiceParty party) {
        ObjectNode json = Ubl.object();
        ArrayNode ids = json.putArray("PartyIdentification");
        ids.addObject().set("ID", Ubl.text(party.tin(), "schemeID", "TIN"));
        ids.addObject().set("ID", Ubl.text(party.id(), "schemeID", party.idScheme()));
        ids.addObject().set("ID", Ubl.text(party.sst(), "schemeID", "SST"));
        ObjectNode address = Ubl.object();
        address.set("AddressLine", Ubl.wrapping("Line", Ubl.text(party.address())));
        address.set("Country", Ubl.wrapping("IdentificationCode", Ubl.text(party.country(), "listID", "ISO3166-1",
                "listAgencyID", "6")));
        json.set("PostalAddress", Ubl.of(address));
        json.set("PartyLegalEntity", Ubl.wrapping("RegistrationName", Ubl.text(party.name())));
        json.set("Contact", Ubl.wrapping("Telephone", Ubl.text(party.telephone())));
        return json;
    }
}
