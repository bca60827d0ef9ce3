package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.providers.WorldFirstCall;
import com.buyerjourneykit.reference.sections.GuideSection;
import com.buyerjourneykit.reference.sections.SectionContext;
import com.buyerjourneykit.reference.web.Route;
import java.util.List;

/**
 * Guide section 3, "How to register for a World account?" (WFA-01…03): where the business is
 * based, the contact's names, "Send code" to the mobile or e-mail, a password, an optional
 * invitation code and market-insights consent, the terms; and why a World Account at all.
 */
public final class WorldAccountSection implements GuideSection {
    private static final String PAGE = "world-account";

    @Override
    public String name() {
        return "worldaccount";
    }

    @Override
    public List<JourneyStep> steps() {
        return WorldAccountSteps.ALL;
    }

    @Override
    public List<Route> routes(SectionContext context) {
        WorldFirstCall worldFirst = context.worldFirst(context.worldFirstSigner());
        WorldAccountOpening opening = new WorldAccountOpening(new WorldAccountClient(worldFirst), context.journeys());
        String path = WorldAccountSteps.WORLD_ACCOUNT.path();
        return List.of(
                Route.journeyAction(path + "/verification-codes", template(PAGE),
                        request -> WorldAccountAnswers.of(opening.sendCode(request.journeyId(), request.text("codeChannel"),
                                request.text("email")))).typingBack("email").typingBackPreset("codeChannel", "MOBILE")
                        .needingNoBody(),
                Route.journeyAction(path, template(PAGE),
                        request -> WorldAccountAnswers.of(opening.open(request.journeyId(), WorldAccountForms.of(request))))
                        .typingBack("countryOfBusiness", "firstName", "lastName", "email", "invitationCode")
                        .typingBackPreset("codeChannel", "MOBILE"));
    }
}
