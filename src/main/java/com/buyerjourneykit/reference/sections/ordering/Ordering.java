package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.KeptAnswers;
import java.util.Optional;

/**
 * Ordering on 1688 (ORD-05, ORD-06): a preview of what the order costs, then the cross-border order,
 * idempotent by key. The first order finishes the journey's step {@code 1688-order}.
 */
final class Ordering {
    private static final int KEY_STRIPES = 64;
    private final Commerce1688Client commerce;
    private final Journeys journeys;
    private final KeptOrders kept;
    /** The same key sent twice at once must still place one order: requests with one key take turns. */
    private final Object[] keyLocks = new Object[KEY_STRIPES];

    Ordering(Commerce1688Client commerce, Journeys journeys) {
        this.commerce = commerce;
        this.journeys = journeys;
        this.kept = new KeptOrders(journeys);
        for (int i = 0; i < KEY_STRIPES; i++) {
            keyLocks[i] = new Object();
        }
    }

    SectionOutcome preview(String journeyId, OrderForm order) {
        Journey journey = journeys.find(journeyId);
        return OrderFacts.preview(commerce.preview(order, Buyer.of(journey, order.chosenRegion())));
    }

    SectionOutcome place(String journeyId, OrderForm order, String keyText) {
        Optional<String> key = Inputs.idempotencyKey(keyText);
        Journey journey = journeys.find(journeyId);
        Buyer buyer = Buyer.of(journey, order.chosenRegion());
        synchronized (keyLocks[Math.floorMod((journeyId + key.orElse("")).hashCode(), KEY_STRIPES)]) {
            Optional<SectionOutcome> earlier = kept.kept(journey, key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            SectionOutcome placed = OrderFacts.placed(commerce.createOrder(order, buyer));
            if (!journey.isFinished(OrderingSteps.ORDER)) {
                journeys.finish(journey, OrderingSteps.ORDER, String.valueOf(placed.facts().get("orderId")));
            }
            return kept.keep(journey, key, placed);
        }
    }
}
