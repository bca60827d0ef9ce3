package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.Progress;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;

/** {@code POST /api/v1/journeys} starts or resumes a buyer's journey; {@code GET /api/v1/journeys/{id}} shows its progress. */
final class JourneyApi {
    static final String START = "/api/v1/journeys";
    static final String SHOW = START + "/{journeyId}";
    static final List<String> PATHS = List.of(START, SHOW);
    private final Journeys journeys;

    JourneyApi(Journeys journeys) {
        this.journeys = journeys;
    }

    void start(Context ctx) {
        JsonRequest body = JsonRequest.of(ctx.body());
        Journeys.Started started = journeys.start(body.text("countryCode"), body.text("mobile"));
        RequestLog.rememberBuyer(ctx, started.journey().mobile().masked());
        ObjectNode answer = progress(started.journey()).put("result", started.isNew() ? "journey-started" : "journey-resumed");
        JsonReply.send(ctx, started.isNew() ? 201 : 200, answer);
    }

    void show(Context ctx) {
        JsonReply.send(ctx, 200, progress(journeys.find(ctx.pathParam("journeyId"))));
    }

    private ObjectNode progress(Journey journey) {
        Progress progress = journeys.progress(journey);
        ObjectNode body = JsonReply.object().put("journeyId", journey.id()).put("mobile", journey.mobile().masked());
        ObjectNode steps = body.putObject("steps");
        progress.guideSteps().forEach((step, status) -> steps.put(step.id(), status.id()));
        progress.next().ifPresent(next -> body.put("next", next.id()));
        return body;
    }
}
