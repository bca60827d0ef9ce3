package com.buyerjourneykit.reference.sections.worldpayauth;

import com.buyerjourneykit.catalogue.ChosenRule;
import java.util.List;

/** The rules the seeds leave open for section 4A (World Pay authorisation), and what we chose, for the generated catalogue. */
public final class WorldPayAuthChoices {
    private WorldPayAuthChoices() {
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("World Pay authorisation",
                        "The journey step is done at the first activation; later authorisations link more 1688 IDs "
                        + "(AUTH-04), each needing its own code (so a second one within 60 s of the last code is "
                        + "`resend-too-early`). The waiting authorisation is kept with the journey, so a restart loses "
                        + "nothing",
                        "AUTH-02…04"));
    }
}
