package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.catalogue.MagicValue;
import java.util.List;

/** 1688 registration's magic values; its chosen rules are {@link Member1688Choices}. */
public final class Member1688Catalogue {
    private static final String REGISTRATION = "1688 registration";

    private Member1688Catalogue() {
    }

    public static List<MagicValue> magicValues() {
        return List.of(
                new MagicValue("member name `" + MemberNames.ALWAYS_TAKEN + "` (any case)", REGISTRATION + " and seeding",
                        "`" + Members.NAME_TAKEN + "`"),
                new MagicValue("slider `offset` below " + SliderChallenges.TRACK_WIDTH, "1688 slider",
                        "`" + SliderChallenges.NOT_COMPLETE + "`"),
                new MagicValue("`enterprise` without an " + RegistrationForm.UNIFIED_SOCIAL_CREDIT_CODE_LENGTH
                        + "-character unified social credit code", REGISTRATION, "`" + Registrations.LICENCE_REQUIRED + "`"));
    }
}
