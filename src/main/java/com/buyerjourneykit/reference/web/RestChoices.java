package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.catalogue.ChosenRule;
import java.util.List;

/** The rules the seeds leave open for the REST API as a whole, and what we chose, for the generated catalogue. */
public final class RestChoices {
    private static final String NONE = ChosenRule.NO_REQUIREMENT;

    private RestChoices() {
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("Text fields",
                        "REST refuses any JSON text longer than " + JsonRequest.MAX_TEXT + " characters as `max-length` before the field's own "
                        + "rule is tried; optional fields left blank count as not given",
                        NONE),
                new ChosenRule("Errors",
                        "REST: `{\"status\",\"error\",\"message\"}` plus `field` and `rule` for bad input; 400 bad input,"
                        + " 404 no code requested or unknown journey, 409 step not ready (`missingStep`) or already done "
                        + "(`doneStep`), 422 code or identity refused, 429 resend too early (`Retry-After`), 503 provider "
                        + "unreachable",
                        NONE));
    }
}
