package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.catalogue.ChosenRule;
import java.util.List;

/** The rules the seeds leave open for section 3 (World Account), and what we chose, for the generated catalogue. */
public final class WorldAccountChoices {
    private WorldAccountChoices() {
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("World Account password",
                        WorldAccountPasswords.MIN + "–" + WorldAccountPasswords.MAX + " characters (code points), no spaces, at least one upper-case letter, one lower-case letter "
                        + "and one digit (`8-to-32-characters`, `no-spaces`, `upper-lower-and-digit`)",
                        "WFA-01"),
                new ChosenRule("World Account form",
                        "`countryOfBusiness` ISO 3166 alpha-2 (`iso-3166-alpha-2`); first and last name 1–" + WorldAccountInputs.MAX_NAME + " characters; "
                        + "`invitationCode` optional, 4–20 letters or digits; `termsAccepted` must be true (`accepted`); "
                        + "`marketInsightsConsent` optional; ticks may be JSON booleans or `\"true\"`/`\"false\"` (pages "
                        + "post text)",
                        "WFA-01"));
    }
}
