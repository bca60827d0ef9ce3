package com.buyerjourneykit.simulator.worldfirst;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * {@code Request-Time} / {@code Response-Time}: ISO-8601 with an offset ({@code 2026-01-05T09:00:00+08:00},
 * as WorldFirst's SDK writes it in Asia/Shanghai) or epoch milliseconds, as Antom's docs show.
 * A request is fresh within {@link #WINDOW} either side of now.
 */
final class RequestTimes {
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{10,15}");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private RequestTimes() {
    }

    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidField("Request-Time", "required", "the Request-Time header is required");
        }
        if (EPOCH_MILLIS.matcher(text).matches()) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notATime) {
            throw new InvalidField("Request-Time", "iso-8601-or-epoch-millis",
                    "Request-Time must be ISO-8601 with an offset (2026-01-05T09:00:00+08:00) or epoch milliseconds");
        }
    }

    static boolean isFresh(Instant requestTime, Instant now) {
        return Duration.between(requestTime, now).abs().compareTo(WINDOW) <= 0;
    }

    static String format(Instant time) {
        return FORMAT.format(time.truncatedTo(ChronoUnit.SECONDS).atZone(SHANGHAI));
    }
}
