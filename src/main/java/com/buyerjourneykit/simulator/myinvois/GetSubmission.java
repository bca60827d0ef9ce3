package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1.0/documentsubmissions/{submissionUid}?pageNo=&pageSize=}: the submission's
 * overall status and a page of its accepted documents (page size at most 100). For the client
 * that submitted it only; anyone else gets 404, as for an unknown uid.
 */
final class GetSubmission extends AuthenticatedApi {
    static final String NAME = "myinvois-get-submission";
    static final int MAX_PAGE_SIZE = 100;
    private final Submissions submissions;
    private final VirtualClock clock;

    GetSubmission(Tokens tokens, Submissions submissions, VirtualClock clock) {
        super(NAME, tokens);
        this.submissions = submissions;
        this.clock = clock;
    }

    @Override
    ResponseDefinition answer(Request request, Clients.Client client) {
        String uid = PathSegments.last(request.getUrl());
        int pageNo = QueryParameters.wholeNumber(request, "pageNo", 100_000, 1);
        int pageSize = QueryParameters.wholeNumber(request, "pageSize", MAX_PAGE_SIZE, MAX_PAGE_SIZE);
        Submission submission = submissions.byUid(uid).filter(found -> found.clientId().equals(client.clientId()))
                .orElseThrow(() -> MyInvoisError.notFound("submissionUid", "No submission " + uid + " of this client"));
        return Replies.json(200, json(submission, pageNo, pageSize, clock.now()));
    }

    private static ObjectNode json(Submission submission, int pageNo, int pageSize, Instant now) {
        ObjectNode body = SimulatorJson.object()
                .put("submissionUid", submission.submissionUid())
                .put("documentCount", submission.accepted().size())
                .put("dateTimeReceived", submission.receivedAt().toString())
                .put("overallStatus", submission.overallStatusAt(now));
        ArrayNode summary = body.putArray("documentSummary");
        page(submission.accepted(), pageNo, pageSize).forEach(document -> summary.add(DocumentSummary.of(document, now)));
        return body;
    }

    private static List<StoredDocument> page(List<StoredDocument> documents, int pageNo, int pageSize) {
        long from = (long) (pageNo - 1) * pageSize;
        return documents.stream().skip(from).limit(pageSize).toList();
    }
}
