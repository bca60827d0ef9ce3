package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.KeptAnswers;
import java.util.Optional;

/**
 * The answer a money step gave to an idempotency key, kept as a journey fact: the same key again
 * gets the same answer without asking WorldFirst, and of two racing requests the first kept wins.
 */
final class KeptOutcomes {
    private final Journeys journeys;

    KeptOutcomes(Journeys journeys) {
        this.journeys = journeys;
    }

    /** The key as the buyer's page or client sent it; blank is none. */
    static Optional<String> idempotencyKey(String text) {
        return Inputs.idempotencyKey(text);
    }

    Optional<SectionOutcome> kept(Journey journey, String operation, Optional<String> key) {
        return new KeptAnswers(journeys, operation).kept(journey, key).map(KeptOutcomes::outcome);
    }

    /** Keeps a success under the key, if there is one; answers the answer kept first. */
    SectionOutcome keep(Journey journey, String operation, Optional<String> key, SectionOutcome answer) {
        KeptAnswers.Kept kept = new KeptAnswers.Kept(answer.status(), answer.outcome(), answer.facts());
        return outcome(new KeptAnswers(journeys, operation).keep(journey, key, kept));
    }

    private static SectionOutcome outcome(KeptAnswers.Kept kept) {
        SectionOutcome outcome = SectionOutcome.success(kept.status(), kept.outcome());
        kept.facts().forEach(outcome::with);
        return outcome;
    }
}
