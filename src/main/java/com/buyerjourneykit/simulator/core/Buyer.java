package com.buyerjourneykit.simulator.core;

import com.buyerjourneykit.phone.MobileNumber;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whom a request is about, as far as its provider can tell: every key it is known by (E.164
 * mobile, member name or id, in lower case) for faults, and how a log line may show it.
 */
public record Buyer(String shown, Set<String> keys) {
    private static final Buyer NOBODY = new Buyer("-", Set.of());

    public static Buyer nobody() {
        return NOBODY;
    }

    /** Shown by the masked mobile ("+60 ••• ••• 789"), never the whole number. */
    public static Buyer withPhone(MobileNumber phone, Set<String> otherKeys) {
        return new Buyer(phone.masked(), keys(Stream.concat(Stream.of(phone.e164()), otherKeys.stream())));
    }

    /** A buyer known by identifiers only; {@code shown} must be one that is safe to log. */
    public static Buyer known(String shown, Set<String> keys) {
        return keys.isEmpty() ? NOBODY : new Buyer(shown, keys(keys.stream()));
    }

    /** The key a fault gives (a phone or a member name or id), compared as {@link #keys()} are. */
    public static String key(String given) {
        return given.toLowerCase(Locale.ROOT);
    }

    public boolean isKnownBy(String key) {
        return keys.contains(key(key));
    }

    private static Set<String> keys(Stream<String> keys) {
        return keys.map(Buyer::key).collect(Collectors.toUnmodifiableSet());
    }
}
