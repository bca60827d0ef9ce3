package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.simulator.sms.CodeRules;
import com.buyerjourneykit.simulator.sms.SmsCatalogue;
import java.util.List;

/** The rules 1688's registration follows where the seeds and 1688's docs are silent (REG-02…04). */
public final class Member1688Choices {
    private static final String NONE = ChosenRule.NO_REQUIREMENT;

    private Member1688Choices() {
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("校验码", SmsCatalogue.describe(CodeRules.member1688()) + "; 重发(52 s) on the screen", "REG-04"),
                new ChosenRule("Whitespace in member name",
                        "Its own rule id, `no-whitespace` (the contract names only `length-5-25`); also covers "
                        + "control characters and U+3000",
                        NONE),
                new ChosenRule("What a symbol is",
                        "Not a letter, not a digit, not whitespace; letters and digits of any script count",
                        NONE),
                new ChosenRule("Slider token clock",
                        "**Shared** virtual time: no buyer is known when the slider is dragged. A per-buyer clock "
                        + "advance does not age it",
                        NONE),
                new ChosenRule("Short drag",
                        "Leaves the challenge open; a solved challenge cannot be solved again",
                        NONE),
                new ChosenRule("Missing consent / missing slider token",
                        "Rule `must-be-true` / `slider-token`, not `required`: an unticked box is simply absent",
                        NONE),
                new ChosenRule("Missing `countryCode` at registration and seeding",
                        "+86, the form's default",
                        "REG-02"),
                new ChosenRule("Second registration on a mobile",
                        "Refused during the 60 s countdown; afterwards it replaces the waiting one",
                        NONE),
                new ChosenRule("Name reservation",
                        "None until confirmation; the second confirmation gets `MEMBER_NAME_TAKEN`",
                        NONE),
                new ChosenRule("Resend after confirmation",
                        "`REGISTRATION_UNKNOWN`",
                        NONE),
                new ChosenRule("Login",
                        "Member name in any case; `alipayStatus` is the status code",
                        NONE),
                new ChosenRule("Verify again",
                        "Succeeds again, with no change",
                        NONE),
                new ChosenRule("Passwords",
                        "PBKDF2-HMAC-SHA256, " + PasswordHash.SALT_BYTES + "-byte random salt, " + PasswordHash.ITERATIONS
                        + " iterations (fewer than production would use;"
                        + " these are test accounts, many per run)",
                        NONE),
                new ChosenRule("Gateway check order",
                        "Unknown API, then app key, then signature present, then signature right; signature upper "
                        + "case only",
                        NONE),
                new ChosenRule("Parameters",
                        "Form body only, not the query string, declared `application/x-www-form-urlencoded` (else 415"
                        + " `gw.UnsupportedContentType`); a repeated field is refused (`single-value`)",
                        NONE),
                new ChosenRule("Identifier length",
                        "At most " + AopRequest.MAX_IDENTIFIER_LENGTH + " characters (`max-length-64`), so absurd input is bad input, not \"unknown\"",
                        NONE),
                new ChosenRule("Wording",
                        "SMS text and English `message`s are ours; `校验码已发送到你的手机，15分钟内输入有效，请勿泄漏`, 未绑定 and 已绑定已认证 are "
                        + "the page's own",
                        NONE));
    }
}
