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
 * {@code GET /api/v1.0/documents/{uuid}/details}: an accepted document's summary and its
 * validation results, step by step. Only accepted documents have a uuid: a rejected one is
 * known by its submission's {@code rejectedDocuments} alone.
 */
final class GetDocumentDetails extends AuthenticatedApi {
    static final String NAME = "myinvois-get-document-details";
    private static final List<String> STEPS = List.of("Step01-Structure Validator", "Step02-Core Fields Validator",
            "Step03-Taxpayer Validator", "Step04-Code Validator", "Step05-Duplicate Document Validator");
    private final Submissions submissions;
    private final VirtualClock clock;

    GetDocumentDetails(Tokens tokens, Submissions submissions, VirtualClock clock) {
        super(NAME, tokens);
        this.submissions = submissions;
        this.clock = clock;
    }

    @Override
    ResponseDefinition answer(Request request, Clients.Client client) {
        String uuid = PathSegments.beforeLast(request.getUrl(), 1);
        StoredDocument document = submissions.document(uuid).filter(found -> found.clientId().equals(client.clientId()))
                .orElseThrow(() -> MyInvoisError.notFound("uuid", "No document " + uuid + " of this client"));
        Instant now = clock.now();
        ObjectNode body = DocumentSummary.of(document, now);
        body.set("validationResults", validationResults(document.statusAt(now)));
        return Replies.json(200, body);
    }

    private static ObjectNode validationResults(String status) {
        ObjectNode results = SimulatorJson.object().put("status", status);
        ArrayNode steps = results.putArray("validationSteps");
        String stepStatus = "Valid".equals(status) ? "Valid" : "Submitted";
        STEPS.forEach(step -> steps.addObject().put("status", stepStatus).put("name", step));
        return results;
    }
}
