package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/v1.0/documentsubmissions}: checks the body's structure (refused whole), then
 * each document on its own; answers 202 with the submission's uid, the accepted documents (uuid
 * per code number) and the rejected ones with every problem. A document issued by another
 * taxpayer than the caller's makes it 403 {@code IncorrectSubmitter}; the same body again within
 * 10 minutes 422 {@code DuplicateSubmission}. Whatever is refused whole leaves nothing stored.
 */
final class SubmitDocuments extends AuthenticatedApi {
    static final String NAME = "myinvois-submit-documents";
    private final Submissions submissions;
    private final DocumentCheck check;
    private final Processing processing;
    private final VirtualClock clock;

    SubmitDocuments(Tokens tokens, MyInvoisState state) {
        super(NAME, tokens);
        this.submissions = state.submissions();
        this.check = new DocumentCheck(new KnownTins(state.taxpayers(), state.clients()));
        this.processing = state.processing();
        this.clock = state.clock();
    }

    @Override
    ResponseDefinition answer(Request request, Clients.Client client) {
        if (!MediaType.is(request, "application/json")) {
            throw new MyInvoisError(415, "UnsupportedMediaType", "A submission must be sent as application/json", "Content-Type");
        }
        List<SubmittedDocument> submitted = SubmissionEnvelope.read(request.getBodyAsString());
        Instant now = clock.now();
        List<CheckedDocument> checked = submitted.stream().map(document -> check.check(document, now)).toList();
        requireIssuedBy(client, checked);
        String bodyHash = DocumentCheck.sha256Hex(request.getBodyAsString().getBytes(StandardCharsets.UTF_8));
        try {
            Submission recorded = submissions.record(new NewSubmission(client.clientId(), bodyHash, now, processing.delay(), checked));
            return Replies.json(202, accepted(recorded));
        } catch (DuplicateSubmission duplicate) {
            return duplicate(duplicate);
        }
    }

    /** Self-billed: the buyer issues the invoice, so the buyer's TIN must be the logged-in taxpayer's. */
    private static void requireIssuedBy(Clients.Client client, List<CheckedDocument> checked) {
        for (CheckedDocument document : checked) {
            String issuer = document.invoice() == null ? null : document.invoice().issuerTin();
            if (issuer != null && Tins.isWellFormed(issuer) && !issuer.equals(client.tin())) {
                throw new MyInvoisError(403, "IncorrectSubmitter", "Document " + document.codeNumber()
                        + " is issued by another taxpayer than the one logged in: a self-billed invoice's buyer TIN must be "
                        + client.tin(), "documents");
            }
        }
    }

    private static ObjectNode accepted(Submission submission) {
        ObjectNode body = SimulatorJson.object().put("submissionUid", submission.submissionUid());
        ArrayNode accepted = body.putArray("acceptedDocuments");
        submission.accepted().forEach(document -> accepted.addObject()
                .put("uuid", document.uuid()).put("invoiceCodeNumber", document.codeNumber()));
        ArrayNode rejected = body.putArray("rejectedDocuments");
        submission.rejected().forEach(rejection -> rejected.addObject()
                .put("invoiceCodeNumber", rejection.codeNumber())
                .set("error", rejectionError(rejection)));
        return body;
    }

    private static ObjectNode rejectionError(Rejection rejection) {
        ObjectNode error = SimulatorJson.object().put("code", "ERROR")
                .put("message", "The document failed validation: " + rejection.details().size() + " problem(s)")
                .put("target", rejection.codeNumber());
        ArrayNode details = error.putArray("details");
        rejection.details().forEach(problem -> details.add(problem.json()));
        return error;
    }

    private static ResponseDefinition duplicate(DuplicateSubmission duplicate) {
        MyInvoisError error = new MyInvoisError(422, "DuplicateSubmission", duplicate.getMessage()
                + ": wait before submitting it again, or look the first one up", "documents");
        return new ResponseDefinitionBuilder().withStatus(422)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("Retry-After", Long.toString(duplicate.retryAfterSeconds()))
                .withBody(SimulatorJson.write(error.json()))
                .build();
    }
}
