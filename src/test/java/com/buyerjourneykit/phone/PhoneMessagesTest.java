package com.buyerjourneykit.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 7, defect 10: a refusal's rule and words say what is really wrong with the number. */
class PhoneMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"123", "123456789012345678901", "1 2 3"})
    void aNumberOfTheWrongLengthBreaksTheLengthRule(String mobile) {
        InvalidPhoneNumber refusal = refusal("+60", mobile);
        assertThat(refusal.rule().rule()).isEqualTo("length-4-20");
        assertThat(refusal.getMessage()).isEqualTo("mobile must hold 4 to 20 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-34x-567", "12345678a", "+60123456"})
    void aNumberWithOtherCharactersBreaksTheDigitsRule(String mobile) {
        InvalidPhoneNumber refusal = refusal("+60", mobile);
        assertThat(refusal.rule().rule()).isEqualTo("digits-only");
        assertThat(refusal.getMessage()).isEqualTo("mobile must hold only digits, spaces or dashes");
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void anEmptyCountryCodeIsRequiredWithoutAnEmptyEcho(String countryCode) {
        assertThat(refusal(countryCode, "123456789").getMessage()).isEqualTo("countryCode is required, e.g. +60");
    }

    @ParameterizedTest
    @CsvSource({"countryCode, 'country_code is required, e.g. +60'", "mobile, mobile is required"})
    void aProviderNamesTheFieldAsItsOwnApiSpellsIt(String field, String message) {
        InvalidPhoneNumber refusal = field.equals("mobile") ? refusal("+60", "") : refusal("", "123456789");
        assertThat(refusal.messageNaming(field.equals("mobile") ? "mobile" : "country_code")).isEqualTo(message);
    }

    private static InvalidPhoneNumber refusal(String countryCode, String mobile) {
        return catchThrowableOfType(InvalidPhoneNumber.class, () -> PhoneNumbers.parse(countryCode, mobile));
    }
}
