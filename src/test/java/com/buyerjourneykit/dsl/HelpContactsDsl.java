package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.HelpContactsDriver;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The guide's help contacts (SUP-01, SUP-02): the buyer opens the help page, now or at a moment of
 * Beijing / Singapore time, and reads who answers, how, and whether the line answers then.
 */
public final class HelpContactsDsl {
    private static final String WORLDFIRST = "worldfirst-sea";
    private static final String HOTLINE = "1688-hotline";
    private static final ZoneOffset GMT_PLUS_8 = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter SCENARIO_MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");
    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private final JourneyContext journey;

    public HelpContactsDsl(JourneyContext journey) {
        this.journey = journey;
    }

    public void openHelp() {
        journey.remember(driver().helpContacts());
    }

    /** {@code moment} as a scenario writes it, "2026-01-05 09:00", in GMT+8. */
    public void openHelpAt(String moment) {
        OffsetDateTime at = LocalDateTime.parse(moment, SCENARIO_MOMENT).atOffset(GMT_PLUS_8);
        journey.remember(driver().helpContactsAt(at.toString()));
    }

    public void assertWorldFirstEmail(String email, String replyWithinWorkingDays) {
        assertThat(fact(WORLDFIRST, "email")).as("WorldFirst customer service e-mail").isEqualTo(email);
        assertThat(fact(WORLDFIRST, "replyWithinWorkingDays")).as("working days to reply").isEqualTo(replyWithinWorkingDays);
    }

    public void assertWorldFirstPhone(String phone, String opens, String closes) {
        assertLine(WORLDFIRST, phone, opens, closes);
    }

    public void assertHotline(String phone, String opens, String closes) {
        assertLine(HOTLINE, phone, opens, closes);
    }

    public void assertWorldFirstAnswers(boolean answers) {
        assertThat(fact(WORLDFIRST, "open")).as("WorldFirst's phone line answers then").isEqualTo(String.valueOf(answers));
    }

    public void assertHotlineAnswers(boolean answers) {
        assertThat(fact(HOTLINE, "open")).as("the 1688.com hotline answers then").isEqualTo(String.valueOf(answers));
    }

    /** A phone line open Monday to Friday between two times of a GMT+8 zone, as the guide prints them. */
    private void assertLine(String line, String phone, String opens, String closes) {
        assertThat(fact(line, "phone")).as("%s phone", line).isEqualTo(phone);
        assertThat(weekdays(fact(line, "days"))).as("%s days", line).isEqualTo(MONDAY_TO_FRIDAY);
        assertThat(LocalTime.parse(fact(line, "opens"), HOUR)).as("%s opens", line).isEqualTo(LocalTime.parse(opens, HOUR));
        assertThat(LocalTime.parse(fact(line, "closes"), HOUR)).as("%s closes", line).isEqualTo(LocalTime.parse(closes, HOUR));
        assertThat(ZoneId.of(fact(line, "timeZone")).getRules().getOffset(java.time.Instant.parse("2026-01-05T00:00:00Z")))
                .as("%s time zone", line).isEqualTo(GMT_PLUS_8);
    }

    private String fact(String line, String name) {
        Answer answer = journey.lastAnswer();
        assertThat(answer.outcome()).as("the help page was shown: %s", answer).isEqualTo("help-contacts");
        String value = answer.fact(line + "." + name);
        assertThat(value).as("%s.%s in %s", line, name, answer).isNotNull();
        return value;
    }

    private static Set<DayOfWeek> weekdays(String days) {
        return Arrays.stream(days.split(",")).map(String::strip).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    private HelpContactsDriver driver() {
        return journey.driver(HelpContactsDriver.class);
    }
}
