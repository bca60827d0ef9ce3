package com.buyerjourneykit.reference.journey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every step the registered guide sections declare, in the guide's order (sections in order, steps as declared). */
public final class JourneySteps {
    private final List<JourneyStep> steps;

    public JourneySteps(List<JourneyStep> steps) {
        Set<String> ids = new HashSet<>();
        for (JourneyStep step : steps) {
            if (!ids.add(step.id())) {
                throw new IllegalArgumentException("two sections declare the step " + step.id());
            }
        }
        this.steps = List.copyOf(steps);
    }

    public List<JourneyStep> all() {
        return steps;
    }

    public List<JourneyStep> of(GuideStep guideStep) {
        List<JourneyStep> found = new ArrayList<>();
        steps.stream().filter(step -> step.guideStep() == guideStep).forEach(found::add);
        return found;
    }
}
