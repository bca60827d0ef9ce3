package com.buyerjourneykit.catalogue;

/**
 * A rule the seeds (guidebook, FAQ, provider docs) leave open, and what we chose. Built next to the
 * code that applies it, from the same constants, so the documentation cannot drift from it.
 *
 * @param rule         what the rule is about, e.g. {@code Code validity}
 * @param choice       what we chose
 * @param requirements the requirement IDs it serves ({@code —} when none)
 */
public record ChosenRule(String rule, String choice, String requirements) {
    public static final String NO_REQUIREMENT = "—";
}
