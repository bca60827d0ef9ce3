package com.buyerjourneykit.reference.sections.helpcontacts;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Which help lines there are, and which of them answer at the moment the buyer asks about (now unless told). */
final class HelpDesk {
    private static final int LONGEST_MOMENT = 40;
    private final List<HelpLine> lines;
    private final Clock clock;

    HelpDesk(List<HelpLine> lines, Clock clock) {
        this.lines = lines;
        this.clock = clock;
    }

    /** The lines as seen at {@code moment} (ISO-8601 with its offset, e.g. {@code 2026-01-05T09:00+08:00}); blank means now. */
    HelpAtMoment at(String moment) {
        OffsetDateTime when = moment == null || moment.isBlank() ? OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES) : parse(moment.strip());
        return new HelpAtMoment(when, lines);
    }

    private static OffsetDateTime parse(String moment) {
        if (moment.length() > LONGEST_MOMENT) {
            throw new InvalidInput("at", "max-length", "at is at most " + LONGEST_MOMENT + " characters");
        }
        try {
            return OffsetDateTime.parse(moment);
        } catch (DateTimeParseException notAMoment) {
            throw new InvalidInput("at", "iso-8601-date-time", "at must be a date and time with its offset, e.g. 2026-01-05T09:00+08:00");
        }
    }

    /** The lines and the moment they were looked at. */
    record HelpAtMoment(OffsetDateTime moment, List<HelpLine> lines) {
    }
}
