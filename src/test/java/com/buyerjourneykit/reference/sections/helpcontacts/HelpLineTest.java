package com.buyerjourneykit.reference.sections.helpcontacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hours of SUP-01 and SUP-02 at their edges: opening time included, closing time excluded, weekdays only. */
class HelpLineTest {

    @ParameterizedTest(name = "[{index}] at {0}: WorldFirst {1}, 1688.com {2}")
    @CsvSource({
        "2026-01-05T08:59+08:00, false, false",
        "2026-01-05T09:00+08:00, true,  true",
        "2026-01-09T16:59+08:00, true,  true",
        "2026-01-05T17:00+08:00, false, true",
        "2026-01-09T17:59+08:00, false, true",
        "2026-01-09T18:00+08:00, false, false",
        "2026-01-10T10:00+08:00, false, false",
        "2026-01-11T12:00+08:00, false, false",
        "2026-01-05T01:00Z,      true,  true",
        "2026-01-04T20:00-05:00, true,  true"})
    void eachLineAnswersOnWeekdaysBetweenItsOpeningAndClosingTime(String moment, boolean worldFirst, boolean hotline) {
        OffsetDateTime at = OffsetDateTime.parse(moment);
        assertThat(HelpLines.FROM_THE_GUIDE.get(0).answersAt(at.toInstant())).as("WorldFirst SEA").isEqualTo(worldFirst);
        assertThat(HelpLines.FROM_THE_GUIDE.get(1).answersAt(at.toInstant())).as("1688.com hotline").isEqualTo(hotline);
    }
}
