package com.buyerjourneykit.simulator.myinvois;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every submission and accepted document. Recording is one atomic step per submission: the
 * duplicate-submission window, the duplicate-document check and the storing happen under one
 * lock, so two identical submissions at once make one submission and one 422.
 */
final class Submissions {
    /** The same submission again within this time is refused (422 DuplicateSubmission with Retry-After). */
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);
    private final Map<String, Submission> byUid = new ConcurrentHashMap<>();
    private final Map<String, StoredDocument> documentsByUuid = new ConcurrentHashMap<>();
    private final Map<String, StoredDocument> documentsByDuplicateKey = new ConcurrentHashMap<>();
    private final Map<String, Instant> recentBodies = new ConcurrentHashMap<>();

    /** The seconds to wait when this body was submitted by this client within the window. */
    synchronized Optional<Long> retryAfter(String clientId, String bodyHash, Instant now) {
        Instant first = recentBodies.get(clientId + "|" + bodyHash);
        if (first == null || !now.isBefore(first.plus(DUPLICATE_WINDOW))) {
            return Optional.empty();
        }
        long seconds = Duration.between(now, first.plus(DUPLICATE_WINDOW)).toSeconds();
        return Optional.of(Math.max(1, seconds));
    }

    synchronized Submission record(NewSubmission submission) {
        Optional<Long> wait = retryAfter(submission.clientId(), submission.bodyHash(), submission.receivedAt());
        if (wait.isPresent()) {
            throw new DuplicateSubmission(wait.get());
        }
        String uid = Identifiers.submissionUid();
        List<StoredDocument> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (CheckedDocument document : submission.documents()) {
            Optional<Problem> problem = problemOf(document);
            if (problem.isPresent() || !document.passed()) {
                rejected.add(new Rejection(document.codeNumber(), problem.map(List::of).orElse(document.problems())));
            } else {
                accepted.add(store(uid, document, submission));
            }
        }
        recentBodies.put(submission.clientId() + "|" + submission.bodyHash(), submission.receivedAt());
        Submission recorded = new Submission(uid, submission.clientId(), submission.receivedAt(), accepted, rejected);
        byUid.put(uid, recorded);
        return recorded;
    }

    Optional<Submission> byUid(String uid) {
        return Optional.ofNullable(byUid.get(uid));
    }

    Optional<StoredDocument> document(String uuid) {
        return Optional.ofNullable(documentsByUuid.get(uuid));
    }

    List<Submission> all() {
        return byUid.values().stream().sorted(Comparator.comparing(Submission::receivedAt)).toList();
    }

    synchronized void forgetAll() {
        byUid.clear();
        documentsByUuid.clear();
        documentsByDuplicateKey.clear();
        recentBodies.clear();
    }

    /** The magic rejection or a duplicate of a stored document, for a document that passed its own checks. */
    private Optional<Problem> problemOf(CheckedDocument document) {
        if (!document.passed()) {
            return Optional.empty();
        }
        String invoiceId = document.invoice().header().invoiceId();
        if (invoiceId.startsWith(MagicValues.REJECTED_INVOICE_PREFIX)) {
            return Optional.of(new Problem(ErrorCodes.REJECTED_ON_REQUEST, "Rejected on request: the e-invoice number starts with "
                    + MagicValues.REJECTED_INVOICE_PREFIX + " (a simulator magic value)", "ID", "Invoice.ID"));
        }
        return Optional.ofNullable(documentsByDuplicateKey.get(document.invoice().duplicateKey())).map(original -> new Problem(
                ErrorCodes.DUPLICATE_DOCUMENT, "Duplicated submitted document: the values of type, version, issuance date and time, "
                + "e-invoice number and buyer TIN match the document with UUID " + original.uuid(), "ID", "Invoice.ID"));
    }

    private StoredDocument store(String uid, CheckedDocument document, NewSubmission submission) {
        StoredDocument stored = new StoredDocument(Identifiers.documentUuid(), Identifiers.longId(), uid, document.codeNumber(),
                submission.clientId(), document.invoice(), submission.receivedAt(),
                submission.receivedAt().plus(submission.processingDelay()));
        documentsByUuid.put(stored.uuid(), stored);
        documentsByDuplicateKey.put(stored.invoice().duplicateKey(), stored);
        return stored;
    }
}
