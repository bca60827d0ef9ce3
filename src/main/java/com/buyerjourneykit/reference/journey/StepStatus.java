package com.buyerjourneykit.reference.journey;

/** Where a step stands for one buyer. */
public enum StepStatus {
    DONE("done"), SKIPPED("skipped"), TODO("todo");

    private final String id;

    StepStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean isFinished() {
        return this != TODO;
    }
}
