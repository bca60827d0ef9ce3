package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code country} parameter of the search APIs (the answer's language): {@code zh} shows the
 * Chinese text, {@code en} (the default) English; ru and tr are accepted and answered in English.
 */
enum Language {
    ZH, EN;

    private static final Set<String> ACCEPTED = Set.of("zh", "en", "ru", "tr");

    static Language of(Optional<String> given, String field) {
        String code = given.orElse("en").toLowerCase(Locale.ROOT);
        if (!ACCEPTED.contains(code)) {
            throw new InvalidParameter(field, "one-of", field + " must be one of en, zh, ru, tr");
        }
        return code.equals("zh") ? ZH : EN;
    }

    String pick(String chinese, String english) {
        return this == ZH ? chinese : english;
    }
}
