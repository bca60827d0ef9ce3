package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.JourneyNotFound;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.buyerjourneykit.reference.journey.StepAlreadyDone;
import com.buyerjourneykit.reference.journey.StepNotReady;
import io.javalin.http.HttpResponseException;
import java.util.List;

/** The one mapping from a refusal to its answer: REST sends it as JSON, a page shows the same outcome, facts and status. */
final class Refusals {
    static final List<Class<? extends RuntimeException>> ALL = List.of(InvalidInput.class, StepNotReady.class,
            StepAlreadyDone.class, JourneyNotFound.class, UnknownLanguage.class, ProviderUnavailable.class,
            UnsupportedMediaType.class, HttpResponseException.class, FormNotFromThisSite.class);
    static final int MAX_BODY_BYTES = 64 * 1024;

    private Refusals() {
    }

    /** Refusals a page shows beside its form (a provider outage too, so the buyer can try again); the others end the page. */
    static boolean shownOnPage(RuntimeException refusal) {
        return refusal instanceof InvalidInput || refusal instanceof StepNotReady || refusal instanceof StepAlreadyDone
                || refusal instanceof ProviderUnavailable;
    }

    static StepAnswer answer(RuntimeException refusal) {
        if (refusal instanceof InvalidInput invalid) {
            return StepAnswer.refusal(400, "invalid-field", invalid.getMessage()).with("field", invalid.field())
                    .with("rule", invalid.rule());
        }
        if (refusal instanceof StepNotReady notReady) {
            return StepAnswer.refusal(409, "step-not-ready", notReady.getMessage())
                    .showingStepName("missingStep", notReady.missing().id());
        }
        if (refusal instanceof StepAlreadyDone done) {
            return StepAnswer.refusal(409, "step-already-done", done.getMessage()).showingStepName("doneStep", done.done().id());
        }
        if (refusal instanceof JourneyNotFound) {
            return unknown(refusal, "journey-not-found", "journeyId", "known-journey");
        }
        if (refusal instanceof UnknownLanguage) {
            return unknown(refusal, "unknown-language", "lang", "supported-language");
        }
        if (refusal instanceof ProviderUnavailable unavailable) {
            return StepAnswer.refusal(503, "provider-unavailable", refusal.getMessage()).showing("provider", unavailable.provider());
        }
        if (refusal instanceof UnsupportedMediaType unsupported) {
            return StepAnswer.refusal(415, "unsupported-media-type", refusal.getMessage()).with("field", "Content-Type")
                    .with("rule", unsupported.expected());
        }
        if (refusal instanceof FormNotFromThisSite) {
            return StepAnswer.refusal(403, "form-not-from-this-site", refusal.getMessage()).with("field", FormToken.FIELD)
                    .with("rule", "same-site-form");
        }
        if (refusal instanceof HttpResponseException http) {
            return fromTheServer(http);
        }
        throw new IllegalArgumentException("not a refusal of the journey", refusal);
    }

    /** Refusals the web server raises itself, such as a body over {@code maxRequestSize}; its own answer is plain text. */
    private static StepAnswer fromTheServer(HttpResponseException refusal) {
        if (refusal.getStatus() == 413) {
            return StepAnswer.refusal(413, "body-too-large", "the request body must be at most " + MAX_BODY_BYTES + " bytes")
                    .with("field", "body").with("rule", "max-body-size");
        }
        String outcome = refusal.getStatus() == 404 ? "not-found" : "http-" + refusal.getStatus();
        return StepAnswer.refusal(refusal.getStatus(), outcome, refusal.getMessage());
    }

    private static StepAnswer unknown(RuntimeException refusal, String outcome, String field, String rule) {
        return StepAnswer.refusal(404, outcome, refusal.getMessage()).with("field", field).with("rule", rule);
    }
}
