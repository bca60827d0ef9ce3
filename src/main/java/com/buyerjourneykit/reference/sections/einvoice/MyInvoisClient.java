package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.buyerjourneykit.reference.providers.MyInvoisCall;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Submits one self-billed invoice to MyInvois ("Submit Documents": the document in base64 with its
 * SHA-256) and reads the submission's result ("Get Submission"): {@code e-invoice-submitted} with
 * the document's status, or {@code e-invoice-rejected} with MyInvois's reasons. MyInvois refusing
 * our own request whole (its structure, the submitter) is a provider problem, not the buyer's.
 */
final class MyInvoisClient {
    private static final int MAX_MESSAGE = 1000;
    private final MyInvoisCall myInvois;

    MyInvoisClient(MyInvoisCall myInvois) {
        this.myInvois = myInvois;
    }

    SectionOutcome submit(SelfBilledInvoice invoice) {
        byte[] document = UblInvoice.document(invoice);
        MyInvoisCall.Answer answer = myInvois.post("documentsubmissions", envelope(invoice, document));
        if (answer.status() == 422 && "DuplicateSubmission".equals(answer.body().path("error").path("code").asText())) {
            return rejected("", "DuplicateSubmission", answer.body().path("error").path("message").asText());
        }
        if (answer.status() != 202) {
            throw new ProviderUnavailable(MyInvoisCall.PROVIDER, "Submit Documents answered HTTP " + answer.status() + " "
                    + answer.body().path("error").path("code").asText());
        }
        String submissionUid = answer.body().path("submissionUid").asText();
        JsonNode rejection = answer.body().path("rejectedDocuments").path(0);
        if (!rejection.isMissingNode()) {
            return rejected(submissionUid, reasons(rejection.path("error")), messages(rejection.path("error")));
        }
        String documentUid = answer.body().path("acceptedDocuments").path(0).path("uuid").asText();
        return invoice.facts(SectionOutcome.success(201, "e-invoice-submitted").with("submissionUid", submissionUid)
                .with("documentUid", documentUid).with("status", status(submissionUid, documentUid)));
    }

    /** The document's status in the submission's summary, in lower case ({@code valid}, {@code submitted}). */
    private String status(String submissionUid, String documentUid) {
        MyInvoisCall.Answer answer = myInvois.get("documentsubmissions/" + submissionUid + "?pageNo=1&pageSize=100");
        if (answer.status() != 200) {
            throw new ProviderUnavailable(MyInvoisCall.PROVIDER, "Get Submission answered HTTP " + answer.status());
        }
        for (JsonNode document : answer.body().path("documentSummary")) {
            if (documentUid.equals(document.path("uuid").asText())) {
                return document.path("status").asText().toLowerCase(Locale.ROOT);
            }
        }
        return answer.body().path("overallStatus").asText().toLowerCase(Locale.ROOT);
    }

    private static String envelope(SelfBilledInvoice invoice, byte[] document) {
        ObjectNode body = Ubl.object();
        body.putArray("documents").addObject().put("format", "JSON")
                .put("document", Base64.getEncoder().encodeToString(document))
                .put("documentHash", sha256(document)).put("codeNumber", invoice.invoiceNumber());
        return body.toString();
    }

    private static SectionOutcome rejected(String submissionUid, String reasons, String message) {
        String shown = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
        return SectionOutcome.refusal(422, "e-invoice-rejected", shown).with("submissionUid", submissionUid).with("reasons", reasons);
    }

    private static String reasons(JsonNode error) {
        Set<String> codes = new LinkedHashSet<>();
        error.path("details").forEach(detail -> codes.add(detail.path("code").asText()));
        return codes.isEmpty() ? error.path("code").asText() : String.join(",", codes);
    }

    private static String messages(JsonNode error) {
        Set<String> messages = new LinkedHashSet<>();
        error.path("details").forEach(detail -> messages.add(detail.path("message").asText()));
        return messages.isEmpty() ? error.path("message").asText() : String.join("; ", messages);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
