package com.buyerjourneykit.reference.journey;

import com.buyerjourneykit.phone.MobileNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Starts, finds and advances journeys, enforcing the guide's order (JRN-02). */
public final class Journeys {
    private final JourneyStore store;
    private final JourneySteps steps;

    public Journeys(JourneyStore store, JourneySteps steps) {
        this.store = store;
        this.steps = steps;
    }

    /** A new journey for this mobile number, or the one it already has: the buyer resumes (JRN-04). */
    public Started start(String countryCode, String mobile) {
        MobileNumber number = Inputs.mobileNumber(countryCode, mobile);
        return store.findByMobile(number)
                .map(journey -> new Started(journey, false))
                .orElseGet(() -> new Started(store.create(UUID.randomUUID().toString(), number,
                        countryCode.strip(), mobile.strip()), true));
    }

    /** A journey and whether it was just created. */
    public record Started(Journey journey, boolean isNew) {
    }

    /** Each guide step's status and the next step to do. */
    public Progress progress(Journey journey) {
        return Progress.of(journey, steps);
    }

    /** The registered steps of one guide step, in order. */
    public List<JourneyStep> stepsOf(GuideStep guideStep) {
        return steps.of(guideStep);
    }

    public Journey find(String id) {
        return store.find(id).orElseThrow(() -> new JourneyNotFound(id));
    }

    /** The journey, once everything {@code step} waits for is finished; else names the first missing step. */
    public Journey readyFor(String id, JourneyStep step) {
        Journey journey = find(id);
        for (JourneyStep needed : step.waitsFor()) {
            if (!journey.isFinished(needed)) {
                throw new StepNotReady(step, firstUnfinished(journey, needed));
            }
        }
        return journey;
    }

    public void finish(Journey journey, JourneyStep step, String reference) {
        store.record(journey.id(), step, StepStatus.DONE, reference);
    }

    public void skip(Journey journey, JourneyStep step) {
        store.record(journey.id(), step, StepStatus.SKIPPED, null);
    }

    /** Records several steps at once, all or none (JRN-03 finishes some steps and skips others). */
    public void record(Journey journey, Map<JourneyStep, Journey.StepRecord> steps) {
        store.recordAll(journey.id(), steps);
    }

    /** The journey whose {@code step} recorded {@code reference} as its provider's id, if any. */
    public Optional<Journey> findByStepReference(JourneyStep step, String reference) {
        return store.findByStepReference(step, reference);
    }

    /** A fact a step kept for the journey under {@code name}, beyond the step's one reference. */
    public Optional<String> fact(Journey journey, String name) {
        return store.fact(journey.id(), name);
    }

    /** Keeps a fact once: the first value under {@code name} stays, and is what this answers. */
    public String recordFactOnce(Journey journey, String name, String value) {
        return store.recordFactOnce(journey.id(), name, value);
    }

    /** The journey, as long as {@code step} is not finished yet; else names it. */
    public Journey requireUnfinished(Journey journey, JourneyStep step) {
        if (journey.isFinished(step)) {
            throw new StepAlreadyDone(step);
        }
        return journey;
    }

    /** The earliest unfinished step on the way to {@code needed}, so the buyer is sent to the right place. */
    private static JourneyStep firstUnfinished(Journey journey, JourneyStep needed) {
        for (JourneyStep before : needed.waitsFor()) {
            if (!journey.isFinished(before)) {
                return firstUnfinished(journey, before);
            }
        }
        return needed;
    }
}
