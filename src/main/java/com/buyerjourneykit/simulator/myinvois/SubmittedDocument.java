package com.buyerjourneykit.simulator.myinvois;

/** One entry of a submission's {@code documents}: its format, the document in base64, its SHA-256 and the caller's number. */
record SubmittedDocument(String format, String document, String documentHash, String codeNumber) {
}
