package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.sections.GuideSection;
import com.buyerjourneykit.reference.sections.SectionContext;
import com.buyerjourneykit.reference.web.Route;
import java.util.List;

/**
 * Guide section 1, "Set up an Alipay Personal Account": the SMS code, then "Verify Identity",
 * "Register location and address" and "Complete Personal Details", against Alipay's gateway.
 */
public final class AlipayAccountSection implements GuideSection {
    private static final String CODE_PAGE = "alipay-code";

    @Override
    public String name() {
        return "alipayaccount";
    }

    @Override
    public List<JourneyStep> steps() {
        return AlipayAccountSteps.ALL;
    }

    @Override
    public List<Route> routes(SectionContext context) {
        AlipayAccounts alipay = new AlipayGatewayClient(context.settings().alipayUrl(), context.http());
        AlipayAccountOpening opening = new AlipayAccountOpening(alipay, context.journeys());
        AlipayAccountCompletion completion = new AlipayAccountCompletion(alipay, context.journeys(), context.clock());
        return List.of(
                Route.journeyAction(AlipayAccountSteps.SMS_CODE.path(), template(CODE_PAGE),
                        request -> CodeAnswers.of(opening.requestCode(request.journeyId()))).needingNoBody(),
                Route.journeyAction(AlipayAccountSteps.SMS_CODE.path() + "/checks", template(CODE_PAGE),
                        request -> CodeAnswers.of(opening.enterCode(request.journeyId(), request.text("code")))),
                Route.journeyAction(AlipayAccountSteps.IDENTITY.path(), template("alipay-identity"),
                        request -> AccountAnswers.identity(completion.verifyIdentity(request.journeyId(),
                                AccountForms.identity(request, completion.today())))).typingBack(AccountForms.IDENTITY),
                Route.journeyAction(AlipayAccountSteps.ADDRESS.path(), template("alipay-address"),
                        request -> AccountAnswers.address(completion.registerAddress(request.journeyId(),
                                AccountForms.address(request)))).typingBack(AccountForms.ADDRESS),
                Route.journeyAction(AlipayAccountSteps.PERSONAL_DETAILS.path(), template("alipay-personal-details"),
                        request -> AccountAnswers.details(completion.completePersonalDetails(request.journeyId(),
                                AccountForms.details(request)))).typingBack(AccountForms.DETAILS));
    }
}
