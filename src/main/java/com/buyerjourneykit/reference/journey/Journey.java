package com.buyerjourneykit.reference.journey;

import com.buyerjourneykit.phone.MobileNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One buyer's way through the guide, keyed by their mobile number, with what they finished so far (by step id). */
public record Journey(String id, MobileNumber mobile, String countryCode, String nationalMobile,
                      Map<String, StepRecord> steps) {

    /** A finished step and the provider's reference for it (a member ID, a registration ID…). */
    public record StepRecord(StepStatus status, String reference) {
    }

    public Journey {
        steps = new LinkedHashMap<>(steps);
    }

    public StepStatus statusOf(JourneyStep step) {
        StepRecord record = steps.get(step.id());
        return record == null ? StepStatus.TODO : record.status();
    }

    public Optional<String> referenceOf(JourneyStep step) {
        return Optional.ofNullable(steps.get(step.id())).map(StepRecord::reference);
    }

    public boolean isFinished(JourneyStep step) {
        return statusOf(step).isFinished();
    }
}
