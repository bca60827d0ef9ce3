package com.buyerjourneykit.simulator.myinvois;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What one document must pass on its own, in order: base64 (DS301), its SHA-256 matching
 * {@code documentHash} (DS303), a UBL Invoice in its format (DS302), then every field rule at
 * once. Duplicates and the magic rejection are judged when the submission is recorded.
 */
final class DocumentCheck {
    private final KnownTins knownTins;

    DocumentCheck(KnownTins knownTins) {
        this.knownTins = knownTins;
    }

    CheckedDocument check(SubmittedDocument submitted, Instant now) {
        byte[] document;
        try {
            document = Base64.getDecoder().decode(submitted.document().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException notBase64) {
            return CheckedDocument.refused(submitted, new Problem(ErrorCodes.NOT_BASE64,
                    "document must be the document's bytes in base64", "document", null));
        }
        if (!sha256Hex(document).equalsIgnoreCase(submitted.documentHash())) {
            return CheckedDocument.refused(submitted, new Problem(ErrorCodes.HASH_MISMATCH,
                    "documentHash is not the SHA-256 of the document", "documentHash", null));
        }
        UblNode invoice;
        try {
            invoice = "XML".equals(submitted.format()) ? XmlUbl.invoiceOf(document) : JsonUbl.invoiceOf(document);
        } catch (UnreadableDocument unreadable) {
            return CheckedDocument.refused(submitted, new Problem(ErrorCodes.NOT_UBL, unreadable.getMessage(), "document", null));
        }
        DocumentProblems problems = new DocumentProblems();
        SelfBilledInvoice read = SelfBilledInvoice.read(invoice, now, knownTins, problems);
        return new CheckedDocument(submitted, read, problems.all());
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
