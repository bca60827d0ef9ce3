package com.buyerjourneykit.reference.journey;

import com.buyerjourneykit.phone.MobileNumber;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Journeys in a map, for tests of the journey rules without a database. */
public final class InMemoryJourneyStore implements JourneyStore {
    private final Map<String, Journey> journeys = new HashMap<>();
    private final Map<String, String> facts = new HashMap<>();
    private int writes;

    @Override
    public Journey create(String id, MobileNumber mobile, String countryCode, String nationalMobile) {
        Journey journey = new Journey(id, mobile, countryCode, nationalMobile, Map.of());
        journeys.put(id, journey);
        return journey;
    }

    @Override
    public Optional<Journey> find(String id) {
        return Optional.ofNullable(journeys.get(id));
    }

    @Override
    public Optional<Journey> findByMobile(MobileNumber mobile) {
        return journeys.values().stream().filter(journey -> journey.mobile().equals(mobile)).findFirst();
    }

    @Override
    public void record(String journeyId, JourneyStep step, StepStatus status, String reference) {
        Journey journey = journeys.get(journeyId);
        Map<String, Journey.StepRecord> steps = new HashMap<>(journey.steps());
        steps.put(step.id(), new Journey.StepRecord(status, reference));
        journeys.put(journeyId, new Journey(journeyId, journey.mobile(), journey.countryCode(), journey.nationalMobile(), steps));
        writes++;
    }

    @Override
    public void recordAll(String journeyId, Map<JourneyStep, Journey.StepRecord> records) {
        records.forEach((step, record) -> record(journeyId, step, record.status(), record.reference()));
    }

    @Override
    public Optional<Journey> findByStepReference(JourneyStep step, String reference) {
        return journeys.values().stream().filter(journey -> journey.referenceOf(step).filter(reference::equals).isPresent())
                .findFirst();
    }

    @Override
    public Optional<String> fact(String journeyId, String name) {
        return Optional.ofNullable(facts.get(journeyId + "\n" + name));
    }

    @Override
    public String recordFactOnce(String journeyId, String name, String value) {
        return facts.computeIfAbsent(journeyId + "\n" + name, any -> value);
    }

    /** How many step records were written: a refused step writes none. */
    public int writes() {
        return writes;
    }
}
