package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/** The identity document a buyer shows Alipay's Verification Center (ALI-04), checked against Alipay's rules. */
public record IdentityDocument(String documentType, String documentNumber, String fullName, String nationality,
                               LocalDate dateOfBirth) {
    public static final Set<String> DOCUMENT_TYPES = Set.of("PASSPORT", "NATIONAL_ID");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{5,20}");
    static final int ADULT_AGE = 18;

    /** The document as typed, refused with field and rule on the first rule it breaks; {@code today} judges the age. */
    public static IdentityDocument of(String documentType, String documentNumber, String fullName, String nationality,
                                      String dateOfBirth, LocalDate today) {
        return new IdentityDocument(
                FieldRules.oneOf("documentType", documentType, DOCUMENT_TYPES),
                FieldRules.matching("documentNumber", documentNumber, DOCUMENT_NUMBER, "document-number",
                        "must be 5 to 20 capital letters A-Z or digits"),
                FieldRules.lengthUpTo("fullName", fullName, 100),
                FieldRules.isoCountry("nationality", nationality),
                adult(FieldRules.isoDate("dateOfBirth", dateOfBirth), today));
    }

    private static LocalDate adult(LocalDate born, LocalDate today) {
        if (born.plusYears(ADULT_AGE).isAfter(today)) {
            throw new InvalidInput("dateOfBirth", "adult", "dateOfBirth must be at least " + ADULT_AGE + " years before today");
        }
        return born;
    }
}
