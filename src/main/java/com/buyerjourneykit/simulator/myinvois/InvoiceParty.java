package com.buyerjourneykit.simulator.myinvois;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The supplier or the buyer of an invoice, with the fields INV-02 and MyInvois's guideline ask
 * for: registered name; TIN (well-formed, and registered or one of the general TINs); an ID (BRN,
 * NRIC, PASSPORT or ARMY; "NA" allowed); SST registration ("NA" allowed); address line and
 * country; telephone. The supplier also needs its MSIC code (5 digits, "00000" allowed) and its
 * business activity description ("NA" allowed).
 */
record InvoiceParty(String name, String tin) {
    static final String SUPPLIER = "AccountingSupplierParty";
    static final String BUYER = "AccountingCustomerParty";
    private static final Set<String> ID_SCHEMES = Set.of("BRN", "NRIC", "PASSPORT", "ARMY");
    private static final Pattern MSIC = Pattern.compile("\\d{5}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern TELEPHONE = Pattern.compile("NA|\\+?[0-9 ()-]{5,20}");

    static InvoiceParty read(UblNode invoice, String role, KnownTins knownTins, DocumentProblems problems) {
        String where = "Invoice." + role + ".Party";
        UblNode party = invoice.first(role, "Party").orElse(null);
        if (party == null) {
            problems.add(ErrorCodes.REQUIRED, role, "Invoice." + role, role + " with its Party is required");
            return new InvoiceParty(null, null);
        }
        String name = problems.requiredMatching(party, where, text -> text.length() <= 300, "at most 300 characters",
                "PartyLegalEntity", "RegistrationName").orElse(null);
        String tin = tin(party, where, knownTins, problems);
        requireScheme(party, where, ID_SCHEMES, "an ID with schemeID BRN, NRIC, PASSPORT or ARMY (NA when there is none)", problems);
        requireScheme(party, where, Set.of("SST"), "the SST registration number with schemeID SST (NA when there is none)", problems);
        problems.required(party, where, "PostalAddress", "AddressLine", "Line");
        problems.requiredMatching(party, where, text -> COUNTRY.matcher(text).matches(), "an ISO 3166 alpha-3 code (MYS, CHN)",
                "PostalAddress", "Country", "IdentificationCode");
        problems.requiredMatching(party, where, text -> TELEPHONE.matcher(text).matches(), "a telephone number or NA",
                "Contact", "Telephone");
        if (SUPPLIER.equals(role)) {
            checkIndustry(party, where, problems);
        }
        return new InvoiceParty(name, tin);
    }

    private static String tin(UblNode party, String where, KnownTins knownTins, DocumentProblems problems) {
        Optional<String> tin = scheme(party, Set.of("TIN"));
        String path = where + ".PartyIdentification.ID";
        if (tin.isEmpty()) {
            problems.add(ErrorCodes.REQUIRED, "TIN", path, "the TIN is required: PartyIdentification ID with schemeID TIN");
            return null;
        }
        if (!Tins.isWellFormed(tin.get())) {
            problems.add(ErrorCodes.FORMAT, "TIN", path, "the TIN must be IG and digits, a non-individual TIN ending in 0, or a general TIN");
        } else if (!knownTins.contains(tin.get())) {
            problems.add(ErrorCodes.UNKNOWN_TIN, "TIN", path, "the TIN " + tin.get() + " is not a registered taxpayer nor a general TIN");
        }
        return tin.get();
    }

    private static void checkIndustry(UblNode party, String where, DocumentProblems problems) {
        problems.requiredMatching(party, where, text -> MSIC.matcher(text).matches(), "a 5-digit MSIC code (00000 when not known)",
                "IndustryClassificationCode");
        boolean described = party.first("IndustryClassificationCode").flatMap(code -> code.attribute("name"))
                .filter(text -> !text.isBlank()).isPresent();
        if (party.first("IndustryClassificationCode").isPresent() && !described) {
            problems.add(ErrorCodes.REQUIRED, "name", where + ".IndustryClassificationCode.name",
                    "the business activity description (IndustryClassificationCode name) is required: NA when not known");
        }
    }

    private static void requireScheme(UblNode party, String where, Set<String> schemes, String what, DocumentProblems problems) {
        if (scheme(party, schemes).isEmpty()) {
            problems.add(ErrorCodes.REQUIRED, String.join("|", schemes.stream().sorted().toList()),
                    where + ".PartyIdentification.ID", what + " is required");
        }
    }

    /** The non-blank value of the first PartyIdentification ID whose schemeID is one of {@code schemes}. */
    private static Optional<String> scheme(UblNode party, Set<String> schemes) {
        return party.children("PartyIdentification").stream()
                .flatMap(identification -> identification.first("ID").stream())
                .filter(id -> id.attribute("schemeID").map(schemes::contains).orElse(false))
                .flatMap(id -> id.text().map(String::strip).filter(text -> !text.isEmpty()).stream())
                .findFirst();
    }
}
