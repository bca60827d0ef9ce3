package com.buyerjourneykit.simulator.myinvois;

import java.util.List;

/** A submitted document after its own checks: the invoice read from it (null when unreadable) and the problems found. */
record CheckedDocument(SubmittedDocument submitted, SelfBilledInvoice invoice, List<Problem> problems) {

    static CheckedDocument refused(SubmittedDocument submitted, Problem problem) {
        return new CheckedDocument(submitted, null, List.of(problem));
    }

    boolean passed() {
        return problems.isEmpty();
    }

    String codeNumber() {
        return submitted.codeNumber();
    }
}
