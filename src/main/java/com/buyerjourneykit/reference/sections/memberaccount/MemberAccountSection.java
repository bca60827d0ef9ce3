package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.reference.ReferenceAppSettings;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.sections.GuideSection;
import com.buyerjourneykit.reference.sections.SectionContext;
import com.buyerjourneykit.reference.web.Route;
import java.util.List;

/**
 * Guide section 2, "Set up a 1688 account": 个人账户注册 with its slider, the 校验码 with 重发 and
 * 提交, 现在去认证 with the Alipay personal account, or signing in with an account the buyer has.
 */
public final class MemberAccountSection implements GuideSection {
    private static final String CODE_PAGE = "member-code";

    @Override
    public String name() {
        return "memberaccount";
    }

    @Override
    public List<JourneyStep> steps() {
        return MemberAccountSteps.ALL;
    }

    @Override
    public List<Route> routes(SectionContext context) {
        ReferenceAppSettings settings = context.settings();
        MemberAccounts members = new Member1688Client(settings.member1688Url(), settings.member1688AppKey(),
                settings.member1688AppSecret(), context.http());
        MemberAccountOpening opening = new MemberAccountOpening(members, context.journeys());
        MemberAlipayVerification verification = new MemberAlipayVerification(members, context.journeys());
        ExistingMemberAccount existing = new ExistingMemberAccount(members, context.journeys());
        return List.of(
                Route.journeyAction(MemberAccountSteps.REGISTRATION.path(), template("member-registration"),
                        request -> MemberAnswers.of(opening.register(request.journeyId(), RegistrationForms.of(request))))
                        .typingBack("memberName", "mobile", "businessLicence")
                        .typingBackPreset("accountType", "personal").typingBackPreset("countryCode", "+86"),
                Route.journeyAction(MemberAccountSteps.REGISTRATION.path() + "/resend", template(CODE_PAGE),
                        request -> MemberAnswers.of(opening.resendCode(request.journeyId()))).needingNoBody(),
                Route.journeyAction(MemberAccountSteps.SMS_CODE.path(), template(CODE_PAGE),
                        request -> MemberAnswers.of(opening.enterCode(request.journeyId(), request.text("code")))),
                Route.journeyAction(MemberAccountSteps.ALIPAY_VERIFICATION.path(), template("member-verification"),
                        request -> MemberAnswers.of(verification.verify(request.journeyId()))).typingBack("memberName")
                        .needingNoBody(),
                Route.journeyAction("1688/existing-account", template("member-existing"),
                        request -> MemberAnswers.of(existing.link(request.journeyId(), request.text("memberName"),
                                request.text("password")))).typingBack("memberName"));
    }
}
