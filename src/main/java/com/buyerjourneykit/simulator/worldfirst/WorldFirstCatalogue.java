package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.catalogue.MagicValue;
import com.buyerjourneykit.catalogue.Spans;
import com.buyerjourneykit.simulator.sms.SmsCatalogue;
import java.util.List;

/** WorldFirst's magic value and the rules we chose where its docs are silent: codes, quotes, replays, retries. */
public final class WorldFirstCatalogue {
    private static final String NONE = ChosenRule.NO_REQUIREMENT;

    private WorldFirstCatalogue() {
    }

    public static List<MagicValue> magicValues() {
        return List.of(new MagicValue("1688 IDs starting `" + AlipayInternationalLinks.MAGIC_PREFIX + "` (any case)",
                "WorldFirst World Pay authorisation", "linked to Alipay International until unlinked there (control `alipay-international-unlinks`; `"
                        + Eligibility.LINKED_TO_ALIPAY_INTERNATIONAL + "`)"));
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("WorldFirst codes", "registration and authorisation codes separately: "
                        + SmsCatalogue.describe(VerificationCodes.RULES), "WFA-02, AUTH-02"),
                new ChosenRule("Signed request age", "A Request-Time more than " + Spans.minutes(RequestTimes.WINDOW)
                        + " either side of the virtual now (or of the host's real clock) is a replay: `INVALID_SIGNATURE`, "
                        + "rule `within-5-minutes`", NONE),
                new ChosenRule("Remembered answers", "Only `S` answers are remembered under a `requestId`: after `F` "
                        + "nothing was done, after `U` the retry finds out what was (and never converts twice)", "TOP-05"),
                new ChosenRule("Conversion rounding", "Rates have 4 decimals; the other side of a quote is computed once "
                        + "and rounded half-even to its currency's minor unit", "TOP-06"),
                new ChosenRule("Quote lifetime", Spans.seconds(Quotes.LIFETIME) + " on the buyer's clock ("
                        + "applied at " + Spans.seconds(Quotes.LIFETIME.minusSeconds(1)) + ", `QUOTE_EXPIRED` at "
                        + Spans.seconds(Quotes.LIFETIME) + "), applied once", "TOP-05"),
                new ChosenRule("Notification retries", "The first attempt is made during the control call; later ones "
                        + "when the harness asks for the due ones (`POST /__admin/sim/worldfirst/notification-dispatches`) "
                        + "after moving the clock", "TOP-03"),
                new ChosenRule("WorldFirst reset", "`POST /__admin/sim/reset` keeps registered clients, their keys and "
                        + "notify URLs (set-up, not scenario state)", NONE));
    }
}
