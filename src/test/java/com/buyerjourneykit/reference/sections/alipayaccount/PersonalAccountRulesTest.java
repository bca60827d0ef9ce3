package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.reference.journey.InvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Alipay's rules for identity, address and personal details, checked by the app before Alipay is asked. */
class PersonalAccountRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    @ParameterizedTest(name = "document number \"{0}\" is accepted")
    @ValueSource(strings = {"ABCDE", "A1234", "12345678901234567890", "FAIL1"})
    void documentNumbersOf5To20CapitalsOrDigitsAreAccepted(String number) {
        assertThat(identity("PASSPORT", number, "MY", "1990-04-12").documentNumber()).isEqualTo(number);
    }

    @ParameterizedTest(name = "[{index}] {1}=\"{2}\" breaks {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "identity | documentType   | DRIVING_LICENCE       | one-of",
        "identity | documentType   | passport              | one-of",
        "identity | documentType   | null                  | required",
        "identity | documentNumber | ABCD                  | document-number",
        "identity | documentNumber | ABCDEFGHIJ0123456789K | document-number",
        "identity | documentNumber | ab12345               | document-number",
        "identity | documentNumber | AB-12345              | document-number",
        "identity | documentNumber | '  '                  | required",
        "identity | nationality    | XX                    | iso-country",
        "identity | nationality    | MYS                   | iso-country",
        "identity | nationality    | my                    | iso-country",
        "identity | dateOfBirth    | 05/01/2000            | iso-date",
        "identity | dateOfBirth    | 2000-02-30            | iso-date",
        "identity | dateOfBirth    | 2008-01-06            | adult",
        "identity | dateOfBirth    | 2030-01-01            | adult"})
    void identityRules(String step, String field, String value, String rule) {
        String type = field.equals("documentType") ? value : "PASSPORT";
        String number = field.equals("documentNumber") ? value : "A12345678";
        String nationality = field.equals("nationality") ? value : "MY";
        String born = field.equals("dateOfBirth") ? value : "1990-04-12";
        assertRefused(() -> identity(type, number, nationality, born), field, rule);
    }

    @Test
    void aBuyerWhoTurns18TodayIsAnAdult() {
        assertThat(identity("NATIONAL_ID", "A12345678", "MY", "2008-01-05").dateOfBirth()).isEqualTo("2008-01-05");
    }

    @Test
    void aFullNameMayHave100CharactersInAnyScript() {
        String hundredChinese = "李".repeat(100);
        assertThat(IdentityDocument.of("PASSPORT", "A12345678", hundredChinese, "CN", "1990-04-12", TODAY).fullName())
                .isEqualTo(hundredChinese);
        assertRefused(() -> IdentityDocument.of("PASSPORT", "A12345678", "𠀀".repeat(101), "CN", "1990-04-12", TODAY),
                "fullName", "length-1-100");
    }

    @ParameterizedTest(name = "[{index}] {0}=\"{1}\" breaks {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "country     | Malaysia      | iso-country",
        "country     | null          | required",
        "region      | ''            | required",
        "city        | null          | required",
        "addressLine | null          | required",
        "postalCode  | 1234567890123 | postal-code",
        "postalCode  | 47300#        | postal-code"})
    void addressRules(String field, String value, String rule) {
        assertRefused(() -> HomeAddress.of(
                field.equals("country") ? value : "MY",
                field.equals("region") ? value : "Selangor",
                field.equals("city") ? value : "Petaling Jaya",
                field.equals("addressLine") ? value : "12 Jalan SS 2/24",
                field.equals("postalCode") ? value : "47300"), field, rule);
    }

    @Test
    void regionCityAndAddressLineHaveTheirLengths() {
        assertRefused(() -> HomeAddress.of("MY", "R".repeat(61), "City", "Line", null), "region", "length-1-60");
        assertRefused(() -> HomeAddress.of("MY", "Region", "C".repeat(61), "Line", null), "city", "length-1-60");
        assertRefused(() -> HomeAddress.of("MY", "Region", "City", "L".repeat(201), null), "addressLine", "length-1-200");
        assertThat(HomeAddress.of("MY", "R".repeat(60), "C".repeat(60), "L".repeat(200), "AB-12 345678").postalCode())
                .contains("AB-12 345678");
    }

    @Test
    void thePostalCodeIsOptional() {
        assertThat(HomeAddress.of("MY", "Selangor", "Petaling Jaya", "12 Jalan SS 2/24", " ").postalCode()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}=\"{1}\" breaks {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "occupation | null                    | required",
        "email      | buyer-at-example.com    | email",
        "email      | buyer@                  | email",
        "email      | buyer@example           | email"})
    void personalDetailsRules(String field, String value, String rule) {
        assertRefused(() -> PersonalDetails.of(field.equals("occupation") ? value : "Online retailer",
                field.equals("email") ? value : "buyer@example.com"), field, rule);
    }

    @Test
    void anOccupationHasAtMost60CharactersAndTheEmailIsOptional() {
        assertRefused(() -> PersonalDetails.of("O".repeat(61), null), "occupation", "length-1-60");
        assertThat(PersonalDetails.of("O".repeat(60), null).email()).isEmpty();
    }

    private static IdentityDocument identity(String type, String number, String nationality, String born) {
        return IdentityDocument.of(type, number, "Nur Aisyah", nationality, born, TODAY);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable typing, String field, String rule) {
        assertThatThrownBy(typing).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.field() + " / " + invalid.rule()).isEqualTo(field + " / " + rule));
    }
}
