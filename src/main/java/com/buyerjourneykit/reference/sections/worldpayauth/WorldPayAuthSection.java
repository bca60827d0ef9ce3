package com.buyerjourneykit.reference.sections.worldpayauth;

import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.providers.WorldFirstCall;
import com.buyerjourneykit.reference.sections.GuideSection;
import com.buyerjourneykit.reference.sections.SectionContext;
import com.buyerjourneykit.reference.web.Route;
import com.buyerjourneykit.reference.web.Ticks;
import java.util.List;

/**
 * Guide section 4A, "Authorise your 1688 account with WorldFirst": 'Payments' > 'World Pay' >
 * 'Authorise your 1688 ID', the agreement, the 6-digit code with Resend and Change Method, the
 * activation result, and "Manage 1688.com accounts" (AUTH-01…07).
 */
public final class WorldPayAuthSection implements GuideSection {
    private static final String PAGE = "worldpay-authorisation";
    private static final String AUTHORISATIONS = "worldfirst/authorisations";

    @Override
    public String name() {
        return "worldpayauth";
    }

    @Override
    public List<JourneyStep> steps() {
        return WorldPayAuthSteps.ALL;
    }

    @Override
    public List<Route> routes(SectionContext context) {
        WorldFirstCall worldFirst = context.worldFirst(context.worldFirstSigner());
        WorldPayAuthorisation authorisation = new WorldPayAuthorisation(new WorldPayClient(worldFirst), context.journeys());
        return List.of(
                Route.journeyAction(AUTHORISATIONS, template(PAGE), request -> WorldPayAuthAnswers.of(authorisation.start(
                        request.journeyId(), request.text("alibaba1688Id"), request.text("nickname"),
                        Ticks.of(request, "agreementAccepted"), request.text("codeChannel"))))
                        .typingBack("alibaba1688Id", "nickname").typingBackPreset("codeChannel", "MOBILE"),
                Route.journeyAction(AUTHORISATIONS + "/resend", template(PAGE), request -> WorldPayAuthAnswers.of(
                        authorisation.resendCode(request.journeyId(), request.text("codeChannel")))).needingNoBody(),
                Route.journeyAction(WorldPayAuthSteps.WORLDPAY_AUTHORISATION.path(), template(PAGE),
                        request -> WorldPayAuthAnswers.of(authorisation.enterCode(request.journeyId(), request.text("code")))),
                Route.readOnly("worldfirst/linked-1688-accounts", template("linked-1688-accounts"),
                        request -> WorldPayAuthAnswers.of(authorisation.linked(request.text("journeyId")))));
    }
}
