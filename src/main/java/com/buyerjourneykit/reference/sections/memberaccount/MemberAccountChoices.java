package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.catalogue.ChosenRule;
import java.util.List;

/** The rules the seeds leave open for section 2 (1688 account), and what we chose, for the generated catalogue. */
public final class MemberAccountChoices {
    private MemberAccountChoices() {
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("会员名 (member name)",
                        MemberInputs.MEMBER_NAME_MIN + "–" + MemberInputs.MEMBER_NAME_MAX + " characters counted as code points (张伟 is 2), no spaces (`no-whitespace`); unique whatever "
                        + "its case",
                        "REG-03"),
                new ChosenRule("登录密码 (password)",
                        Passwords.MIN + "–" + Passwords.MAX + " characters with at least two of letters / digits / symbols (a symbol: neither letter, digit"
                        + " nor space); the app never stores it",
                        "REG-03"),
                new ChosenRule("Slider",
                        "`sliderOffset` 0–" + MemberRegistration.SLIDER_TRACK + " on the page's track; the app opens a 1688 challenge and drags it that far "
                        + "(scaled to the challenge's track); only the end of the track passes",
                        "REG-02, REG-03"),
                new ChosenRule("Country code",
                        "The page preselects 中国大陆 +86 as 1688 does; REST requires `countryCode`",
                        "REG-02"),
                new ChosenRule("Consents",
                        "Each of agreeTerms, agreePrivacy, agreeAlipay must be `true` (`must-be-true`); a JSON string "
                        + "`\"true\"` is refused (`boolean`)",
                        "REG-02"),
                new ChosenRule("One 1688 account per journey",
                        "Once the 校验码 created the member, registering again or 重发 is refused: 409 `step-already-done` "
                        + "(`doneStep: 1688-sms-code`); the code entered again is `code-used`",
                        "REG-04, JRN-02"),
                new ChosenRule("Alipay account made outside the app",
                        "现在去认证 is sent to 1688 even when the journey has not seen the Alipay steps: if 1688 finds the "
                        + "Alipay personal account complete, the journey records the Alipay steps done; if not, 409 "
                        + "`step-not-ready` names the first unfinished Alipay step",
                        "VER-02, JRN-02"),
                new ChosenRule("Existing 1688 account",
                        "Signing in links it (`member-linked`, `verified`); when 1688 shows it 已绑定已认证, the journey "
                        + "records the 1688 steps done and the unfinished Alipay steps skipped, in one transaction",
                        "JRN-03"));
    }
}
