package com.buyerjourneykit.dsl;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-run aliases for 1688 member names: a scenario says "shopper", 1688 sees {@code shopper_k3f9a2},
 * a name no other scenario of this run (nor, most likely, of an earlier run against the same
 * simulator) uses. One instance per scenario, shared by its DSLs.
 */
public final class MemberNameAliases {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COUNTER_SPAN = 36 * 36 * 36 * 36;
    private static final AtomicLong NEXT = new AtomicLong(RANDOM.nextInt(COUNTER_SPAN));
    private static final String RUN = Integer.toString(36 * 36 + RANDOM.nextInt(35 * 36 * 36), 36);
    private final Map<String, String> byAlias = new HashMap<>();

    /** The name behind an alias; the alias written in capitals gives the same name in capitals (names ignore case on 1688). */
    public String nameOf(String alias) {
        String key = alias.toLowerCase(Locale.ROOT);
        String name = byAlias.computeIfAbsent(key, unused -> shortened(key) + "_" + uniqueToken());
        boolean capitals = !alias.equals(key) && alias.equals(alias.toUpperCase(Locale.ROOT));
        return capitals ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** A name of exactly {@code length} characters; from 5 characters on, no other scenario of the run uses it. */
    public String ofLength(int length) {
        StringBuilder name = new StringBuilder("m").append(uniqueToken());
        while (name.length() < length) {
            name.append('x');
        }
        return name.substring(0, length);
    }

    /** Four characters that change with every name of the run, then three that identify the run. */
    private static String uniqueToken() {
        String counter = Long.toString(NEXT.getAndIncrement() % COUNTER_SPAN, 36);
        return "0".repeat(4 - counter.length()) + counter + RUN;
    }

    private static String shortened(String alias) {
        return alias.length() <= 12 ? alias : alias.substring(0, 12);
    }
}
