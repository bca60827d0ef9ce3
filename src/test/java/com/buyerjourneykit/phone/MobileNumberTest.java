package com.buyerjourneykit.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The masked mobile keeps the whole calling code, however long it is (issue 7, defect 2). */
class MobileNumberTest {

    @ParameterizedTest
    @CsvSource({
        "+60, 123456789, +60 ••• ••• 789",
        "+7, 9161234572, +7 ••• ••• 572",
        "+1, 2015550123, +1 ••• ••• 123",
        "+852, 51234678, +852 ••• ••• 678",
        "+86, 13812345678, +86 ••• ••• 678",
        "+971, 501234567, +971 ••• ••• 567"
    })
    void theMaskKeepsTheWholeCallingCodeAndTheLastThreeDigits(String countryCode, String mobile, String masked) {
        assertThat(PhoneNumbers.parse(countryCode, mobile).masked()).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"+7, 9161234572", "+852, 51234678"})
    void nothingBetweenTheCallingCodeAndTheLastThreeDigitsShows(String countryCode, String mobile) {
        String masked = PhoneNumbers.parse(countryCode, mobile).masked();
        String national = mobile.substring(0, mobile.length() - 3);
        assertThat(masked).doesNotContain(national);
    }
}
