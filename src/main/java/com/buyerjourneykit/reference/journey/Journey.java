package com.buyerjourneykit.reference.journey;

import com.buyerjourneykit.phone.MobileNumber;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** One buyer's way through the guide, keyed by their mobile number, with what they finished so far. */
public record Journey(String id, MobileNumber mobile, String countryCode, String nationalMobile,
                      Map<JourneyStep, StepRecord> steps) {

    /** A finished step and the provider's reference for it (a member ID, a registration ID…). */
    public record StepRecord(StepStatus status, String reference) {
    }

    public Journey {
        steps = steps.isEmpty() ? new EnumMap<>(JourneyStep.class) : new EnumMap<>(steps);
    }

    public StepStatus statusOf(JourneyStep step) {
        StepRecord record = steps.get(step);
        return record == null ? StepStatus.TODO : record.status();
    }

    public Optional<String> referenceOf(JourneyStep step) {
        return Optional.ofNullable(steps.get(step)).map(StepRecord::reference);
    }

    public boolean isFinished(JourneyStep step) {
        return statusOf(step).isFinished();
    }
}
