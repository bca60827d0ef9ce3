package com.buyerjourneykit.reference.sections.helpcontacts;

import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.sections.GuideSection;
import com.buyerjourneykit.reference.sections.SectionContext;
import com.buyerjourneykit.reference.web.Route;
import java.util.List;

/**
 * The guide's help contacts (SUP-01, SUP-02): WorldFirst's SEA customer service and the 1688.com
 * hotline, with their hours and whether each answers at a given moment. No journey step: a page
 * anyone can open, {@code GET /api/v1/help} and {@code GET /<lang>/help}, optionally {@code ?at=}.
 */
public final class HelpContactsSection implements GuideSection {

    @Override
    public String name() {
        return "helpcontacts";
    }

    @Override
    public List<JourneyStep> steps() {
        return List.of();
    }

    @Override
    public List<Route> routes(SectionContext context) {
        HelpDesk desk = new HelpDesk(HelpLines.FROM_THE_GUIDE, context.clock());
        return List.of(Route.readOnly("help", template("help"), request -> HelpAnswers.of(desk.at(request.text("at")))));
    }
}
