package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.JourneyNotFound;
import com.buyerjourneykit.reference.journey.Journeys;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, so a red CI run can be read from its log: method, path, status,
 * milliseconds and the buyer's masked mobile. Bodies and query strings are never logged, so codes,
 * passwords, tokens and signatures cannot reach the log through here.
 */
final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("com.buyerjourneykit.reference.requests");
    private static final String BUYER = "bjk.buyer";
    private final Journeys journeys;

    RequestLog(Journeys journeys) {
        this.journeys = journeys;
    }

    /** The buyer of a request that started a journey, which has no journey id in its path. */
    static void rememberBuyer(Context ctx, String maskedMobile) {
        ctx.attribute(BUYER, maskedMobile);
    }

    private static final String STARTED = "bjk.started";

    /** Marks when the request came in; time is measured here, in whole milliseconds, never in floating point. */
    static void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    void log(Context ctx) {
        Long started = ctx.attribute(STARTED);
        long milliseconds = started == null ? 0 : (System.nanoTime() - started) / 1_000_000;
        LOG.info("{} {} {} {}ms buyer={}", ctx.method(), ctx.path(), ctx.status().getCode(), milliseconds, buyer(ctx));
    }

    private String buyer(Context ctx) {
        String remembered = ctx.attribute(BUYER);
        if (remembered != null) {
            return remembered;
        }
        String journeyId = ctx.pathParamMap().get("journeyId");
        if (journeyId == null) {
            return "-";
        }
        try {
            return journeys.find(journeyId).mobile().masked();
        } catch (JourneyNotFound e) {
            return "unknown";
        } catch (RuntimeException e) {
            return "unreadable";
        }
    }
}
