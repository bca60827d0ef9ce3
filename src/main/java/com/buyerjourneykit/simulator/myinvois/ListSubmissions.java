package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.core.ControlTask;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code GET /__admin/sim/myinvois/submissions}: every recorded submission, oldest first, with
 * its accepted documents and the codes of its rejected ones: what a test reads to see that a
 * refused call stored nothing.
 */
final class ListSubmissions extends ControlTask {
    private final Submissions submissions;

    ListSubmissions(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    protected ResponseDefinition answer(Request request, PathParams pathParams) {
        ObjectNode body = SimulatorJson.object();
        ArrayNode list = body.putArray("submissions");
        submissions.all().forEach(submission -> list.add(json(submission)));
        return Replies.json(200, body);
    }

    private static ObjectNode json(Submission submission) {
        ObjectNode json = SimulatorJson.object().put("submissionUid", submission.submissionUid())
                .put("clientId", submission.clientId()).put("dateTimeReceived", submission.receivedAt().toString());
        ArrayNode accepted = json.putArray("acceptedDocuments");
        submission.accepted().forEach(document -> accepted.addObject().put("uuid", document.uuid())
                .put("invoiceCodeNumber", document.codeNumber()).put("internalId", document.invoice().header().invoiceId()));
        ArrayNode rejected = json.putArray("rejectedDocuments");
        submission.rejected().forEach(rejection -> {
            ObjectNode entry = rejected.addObject().put("invoiceCodeNumber", rejection.codeNumber());
            ArrayNode codes = entry.putArray("codes");
            rejection.details().forEach(problem -> codes.add(problem.code()));
        });
        return json;
    }
}
