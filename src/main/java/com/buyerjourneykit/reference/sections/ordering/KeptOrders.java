package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.KeptAnswers;
import java.util.Optional;

/**
 * The order an idempotency key placed, kept with the journey: the same key again answers the same
 * order without asking 1688, so a buyer who sends the form twice gets one order.
 */
final class KeptOrders {
    private final KeptAnswers kept;

    KeptOrders(Journeys journeys) {
        this.kept = new KeptAnswers(journeys, "1688-order");
    }

    Optional<SectionOutcome> kept(Journey journey, Optional<String> key) {
        return kept.kept(journey, key).map(KeptOrders::outcome);
    }

    /** Keeps the placed order under the key, if there is one; answers the order kept first. */
    SectionOutcome keep(Journey journey, Optional<String> key, SectionOutcome placed) {
        return outcome(kept.keep(journey, key, new KeptAnswers.Kept(placed.status(), placed.outcome(), placed.facts())));
    }

    private static SectionOutcome outcome(KeptAnswers.Kept answer) {
        SectionOutcome outcome = SectionOutcome.success(answer.status(), answer.outcome());
        answer.facts().forEach(outcome::with);
        return outcome;
    }
}
