package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.JsonRefusal;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of Submit Documents, read strictly: {@code {"documents":[{"format","document",
 * "documentHash","codeNumber"}]}}, nothing else, 1 to 100 documents, all in one format (JSON or
 * XML), each code number once. A body that breaks this is refused whole: 400 {@code BadStructure}
 * (too many documents: {@code MaximumSizeExceeded}); nothing is stored.
 */
final class SubmissionEnvelope {
    static final int MAX_DOCUMENTS = 100;
    private static final Set<String> FIELDS = Set.of("format", "document", "documentHash", "codeNumber");
    private static final Set<String> FORMATS = Set.of("JSON", "XML");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private SubmissionEnvelope() {
    }

    static List<SubmittedDocument> read(String body) {
        JsonNode documents = documentsOf(body);
        if (documents.size() > MAX_DOCUMENTS) {
            throw new MyInvoisError(400, "MaximumSizeExceeded", "A submission holds at most " + MAX_DOCUMENTS + " documents",
                    "documents");
        }
        List<SubmittedDocument> read = new ArrayList<>();
        for (int index = 0; index < documents.size(); index++) {
            read.add(document(documents.get(index), "documents[" + index + "]"));
        }
        requireOneFormat(read);
        requireDistinctCodeNumbers(read);
        return read;
    }

    private static JsonNode documentsOf(String body) {
        ObjectNode json;
        try {
            json = SimulatorJson.strictObject(body, "body");
        } catch (JsonRefusal refused) {
            throw MyInvoisError.badStructure(refused.field(), refused.getMessage() + " (" + refused.rule() + ")");
        }
        json.fieldNames().forEachRemaining(field -> {
            if (!"documents".equals(field)) {
                throw MyInvoisError.badStructure(field, field + " is not part of a submission: only documents");
            }
        });
        JsonNode documents = json.path("documents");
        if (!documents.isArray() || documents.isEmpty()) {
            throw MyInvoisError.badStructure("documents", "documents must be a list of at least one document");
        }
        return documents;
    }

    private static SubmittedDocument document(JsonNode entry, String where) {
        if (!entry.isObject()) {
            throw MyInvoisError.badStructure(where, where + " must be an object");
        }
        entry.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw MyInvoisError.badStructure(where + "." + field, field + " is not part of a document entry");
            }
        });
        String format = text(entry, where, "format");
        if (!FORMATS.contains(format)) {
            throw MyInvoisError.badStructure(where + ".format", "format must be JSON or XML");
        }
        String hash = text(entry, where, "documentHash");
        if (!SHA256_HEX.matcher(hash).matches()) {
            throw MyInvoisError.badStructure(where + ".documentHash", "documentHash must be a SHA-256 in 64 hex digits");
        }
        String codeNumber = text(entry, where, "codeNumber");
        if (codeNumber.length() > 50) {
            throw MyInvoisError.badStructure(where + ".codeNumber", "codeNumber must be at most 50 characters");
        }
        return new SubmittedDocument(format, text(entry, where, "document"), hash, codeNumber);
    }

    private static String text(JsonNode entry, String where, String field) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw MyInvoisError.badStructure(where + "." + field, field + " is required, as a JSON string");
        }
        return value.asText();
    }

    private static void requireOneFormat(List<SubmittedDocument> documents) {
        if (documents.stream().map(SubmittedDocument::format).distinct().count() > 1) {
            throw MyInvoisError.badStructure("format", "all documents of a submission must be in the same format");
        }
    }

    private static void requireDistinctCodeNumbers(List<SubmittedDocument> documents) {
        Set<String> seen = new HashSet<>();
        for (SubmittedDocument document : documents) {
            if (!seen.add(document.codeNumber())) {
                throw MyInvoisError.badStructure("codeNumber", "codeNumber " + document.codeNumber() + " is given twice");
            }
        }
    }
}
