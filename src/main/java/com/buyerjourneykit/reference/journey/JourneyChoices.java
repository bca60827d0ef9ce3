package com.buyerjourneykit.reference.journey;

import com.buyerjourneykit.catalogue.ChosenRule;
import java.util.List;

/** The rules the seeds leave open for the journey as a whole, and what we chose, for the generated catalogue. */
public final class JourneyChoices {
    private JourneyChoices() {
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("Step order",
                        "SMS code → identity → address → personal details; a step asked for too early is refused (409 "
                        + "`step-not-ready`, `missingStep` = the first unfinished step) and records nothing; a finished "
                        + "step may be done again (the newer data replaces the older). Each finished step keeps the buyer's"
                        + " Alipay user ID (`alipayUserId`, `2088` + 12 digits)",
                        "JRN-02"));
    }
}
