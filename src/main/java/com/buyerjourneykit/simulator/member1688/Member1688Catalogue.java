package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.catalogue.MagicValue;
import com.buyerjourneykit.simulator.sms.CodeRules;
import com.buyerjourneykit.simulator.sms.SmsCatalogue;
import java.util.List;

/** 1688 registration's magic values and the 校验码 rules we chose (REG-04). */
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

    public static List<ChosenRule> choices() {
        return List.of(new ChosenRule("校验码", SmsCatalogue.describe(CodeRules.member1688())
                + "; 重发(52 s) on the screen", "REG-04"));
    }
}
