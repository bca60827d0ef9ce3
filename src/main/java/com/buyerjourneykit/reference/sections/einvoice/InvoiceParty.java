package com.buyerjourneykit.reference.sections.einvoice;

/**
 * A party of the self-billed invoice as MyInvois wants it: registered name, TIN, an ID with its
 * scheme (BRN, NRIC…), SST registration, address line, country (ISO 3166 alpha-3) and telephone.
 */
record InvoiceParty(String name, String tin, String idScheme, String id, String sst, String address, String country,
                    String telephone) {
    /** FAQ / INV-02: the general TIN MyInvois gives every foreign supplier. */
    static final String FOREIGN_SUPPLIER_TIN = "EI00000000030";
    /** FAQ / INV-02: "Use NA for 1688 suppliers", and "NA" wherever a value is not known. */
    static final String NOT_APPLICABLE = "NA";

    /** A 1688 supplier, from its listing's 联系方式, with the FAQ's values: identified by the foreign supplier's TIN, no SST. */
    static InvoiceParty supplier1688(String name, String address, String contact) {
        return new InvoiceParty(name, FOREIGN_SUPPLIER_TIN, "BRN", FOREIGN_SUPPLIER_TIN, NOT_APPLICABLE, orNa(address), "CHN",
                orNa(contact));
    }

    private static String orNa(String text) {
        return text == null || text.isBlank() ? NOT_APPLICABLE : text;
    }
}
