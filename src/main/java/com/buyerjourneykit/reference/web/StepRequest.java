package com.buyerjourneykit.reference.web;

/**
 * What the buyer sent to a step, read the same way from a REST body or a page form: a field is
 * {@code null} when absent, so the journey's own rules name what is required.
 */
public interface StepRequest {

    /** The journey the step belongs to; blank for a page outside any journey. */
    String journeyId();

    String text(String field);

    /** A text field that may be long (an image in Base64): limited only by the body's size. */
    String longText(String field);

    Integer integer(String field);

    /** A ticked box. */
    Boolean flag(String field);
}
