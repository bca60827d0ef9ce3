package com.buyerjourneykit.reference.sections.helpcontacts;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The help lines the guide and the FAQ name, with their hours as printed there. */
final class HelpLines {
    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /**
     * SEA Customer Service keeps "local time": [choice] Singapore's, where its +65 number rings.
     * The FAQ gives the 1688.com hotline's hours in GMT+8.
     */
    static final List<HelpLine> FROM_THE_GUIDE = List.of(
            new HelpLine("worldfirst-sea", "WorldFirst", "+65 6805 4380", "seaclients@service.worldfirst.com", "1-2",
                    MONDAY_TO_FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("Asia/Singapore")),
            new HelpLine("1688-hotline", "1688.com", "400-800-1688", null, null,
                    MONDAY_TO_FRIDAY, LocalTime.of(9, 0), LocalTime.of(18, 0), ZoneId.of("GMT+8")));

    private HelpLines() {
    }
}
