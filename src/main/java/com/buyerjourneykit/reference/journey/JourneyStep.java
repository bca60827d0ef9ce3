package com.buyerjourneykit.reference.journey;

import java.util.List;

/**
 * One step of a guide section a buyer completes, declared by its section: the identifier the REST
 * API, the pages and the database use, the guide step it belongs to, where its page lives under
 * {@code /<lang>/journeys/<id>/}, and what it waits for (JRN-02), possibly in an earlier section.
 */
public final class JourneyStep {
    private final String id;
    private final GuideStep guideStep;
    private final String path;
    private final List<JourneyStep> waitsFor;

    private JourneyStep(String id, GuideStep guideStep, String path, List<JourneyStep> waitsFor) {
        this.id = id;
        this.guideStep = guideStep;
        this.path = path;
        this.waitsFor = waitsFor;
    }

    public static JourneyStep of(String id, GuideStep guideStep, String path, JourneyStep... waitsFor) {
        return new JourneyStep(id, guideStep, path, List.of(waitsFor));
    }

    public String id() {
        return id;
    }

    public GuideStep guideStep() {
        return guideStep;
    }

    /** Where the step's page is, relative to the journey: {@code alipay/identity}. */
    public String path() {
        return path;
    }

    public List<JourneyStep> waitsFor() {
        return waitsFor;
    }

    /** A step is its identifier: that is what the database keeps. */
    @Override
    public boolean equals(Object other) {
        return other instanceof JourneyStep step && step.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
