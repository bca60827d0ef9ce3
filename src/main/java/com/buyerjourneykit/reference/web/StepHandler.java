package com.buyerjourneykit.reference.web;

/** Runs one step of a section for a request and says how it went; refusals are thrown, see {@link Refusals}. */
@FunctionalInterface
public interface StepHandler {

    StepAnswer answer(StepRequest request);
}
