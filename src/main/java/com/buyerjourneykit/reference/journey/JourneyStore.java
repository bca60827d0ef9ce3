package com.buyerjourneykit.reference.journey;

import com.buyerjourneykit.phone.MobileNumber;
import java.util.Map;
import java.util.Optional;

/** Where journeys are kept between visits and restarts (JRN-04); implemented in store. */
public interface JourneyStore {

    Journey create(String id, MobileNumber mobile, String countryCode, String nationalMobile);

    Optional<Journey> find(String id);

    Optional<Journey> findByMobile(MobileNumber mobile);

    /** Records one step as finished, in one statement: a failure leaves nothing half-written. */
    void record(String journeyId, JourneyStep step, StepStatus status, String reference);

    /** Records several steps in one transaction: all of them, or none. */
    void recordAll(String journeyId, Map<JourneyStep, Journey.StepRecord> steps);

    /** The journey whose {@code step} recorded {@code reference} (a provider's id, such as a World Account id). */
    Optional<Journey> findByStepReference(JourneyStep step, String reference);

    /** A fact the journey kept under {@code name}, such as the answer to an idempotency key. */
    Optional<String> fact(String journeyId, String name);

    /** Keeps {@code value} under {@code name} unless a value is kept there already; answers the kept value, the first. */
    String recordFactOnce(String journeyId, String name, String value);
}
