package com.buyerjourneykit.reference.sections.helpcontacts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * One way to reach a provider's people: a phone line open on some weekdays between two times of
 * its own time zone, and perhaps an e-mail address answered within some working days.
 * Opening time included, closing time excluded: the 1688.com hotline answers at 17:59, not at 18:00.
 */
record HelpLine(String id, String provider, String phone, String email, String replyWithinWorkingDays,
                Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone) {

    boolean answersAt(Instant moment) {
        ZonedDateTime there = moment.atZone(zone);
        LocalTime time = there.toLocalTime();
        return days.contains(there.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }
}
