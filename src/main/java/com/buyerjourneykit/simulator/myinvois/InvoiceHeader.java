package com.buyerjourneykit.simulator.myinvois;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The head of a self-billed invoice: its e-invoice number, when it was issued (UTC, at most 72
 * hours before it reaches MyInvois), type 11 in version 1.0, and the currency.
 */
record InvoiceHeader(String invoiceId, Instant issuedAt, String currency) {
    static final String WHERE = "Invoice";
    static final String SELF_BILLED_INVOICE = "11";
    static final String VERSION = "1.0";
    static final Duration SUBMISSION_WINDOW = Duration.ofHours(72);
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    private static final Pattern UTC_TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}Z");

    static InvoiceHeader read(UblNode invoice, Instant now, DocumentProblems problems) {
        String id = problems.requiredMatching(invoice, WHERE, text -> text.length() <= 50, "at most 50 characters", "ID").orElse(null);
        checkType(invoice, problems);
        String currency = problems.requiredMatching(invoice, WHERE, InvoiceHeader::isCurrency, "an ISO 4217 currency code",
                "DocumentCurrencyCode").orElse(null);
        Instant issuedAt = issuedAt(invoice, problems).orElse(null);
        if (issuedAt != null) {
            checkWindow(issuedAt, now, problems);
        }
        return new InvoiceHeader(id, issuedAt, currency);
    }

    private static void checkType(UblNode invoice, DocumentProblems problems) {
        Optional<String> type = problems.required(invoice, WHERE, "InvoiceTypeCode");
        if (type.isPresent() && !SELF_BILLED_INVOICE.equals(type.get())) {
            problems.add(ErrorCodes.UNSUPPORTED_TYPE, "InvoiceTypeCode", "Invoice.InvoiceTypeCode",
                    "InvoiceTypeCode must be 11 (self-billed invoice): the simulator takes no other e-invoice type");
        }
        String version = invoice.first("InvoiceTypeCode").flatMap(code -> code.attribute("listVersionID")).orElse("");
        if (type.isPresent() && "1.1".equals(version)) {
            problems.add(ErrorCodes.SIGNED_VERSION, "listVersionID", "Invoice.InvoiceTypeCode.listVersionID",
                    "version 1.1 needs a digital signature, which the simulator does not validate: use 1.0");
        } else if (type.isPresent() && !VERSION.equals(version)) {
            problems.add(ErrorCodes.FORMAT, "listVersionID", "Invoice.InvoiceTypeCode.listVersionID", "listVersionID must be 1.0");
        }
    }

    private static Optional<Instant> issuedAt(UblNode invoice, DocumentProblems problems) {
        Optional<String> date = problems.required(invoice, WHERE, "IssueDate");
        Optional<String> time = problems.requiredMatching(invoice, WHERE, text -> UTC_TIME.matcher(text).matches(),
                "a UTC time hh:mm:ssZ", "IssueTime");
        if (date.isEmpty() || time.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalTime at = LocalTime.parse(time.get().substring(0, 8));
            return Optional.of(LocalDate.parse(date.get()).atTime(at).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            problems.add(ErrorCodes.FORMAT, "IssueDate", "Invoice.IssueDate", "IssueDate and IssueTime must be a real date yyyy-MM-dd and time");
            return Optional.empty();
        }
    }

    private static void checkWindow(Instant issuedAt, Instant now, DocumentProblems problems) {
        if (issuedAt.isBefore(now.minus(SUBMISSION_WINDOW))) {
            problems.add(ErrorCodes.ISSUED_TOO_LONG_AGO, "DatetimeIssued", "Invoice.IssueDate",
                    "Issuance date time value of the document is too old that cannot be submitted (more than 72 hours ago).");
        } else if (issuedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.add(ErrorCodes.ISSUED_IN_FUTURE, "DatetimeIssued", "Invoice.IssueDate",
                    "Issuance date time of the document must not be in the future");
        }
    }

    private static boolean isCurrency(String code) {
        try {
            return code.matches("[A-Z]{3}") && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
