package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.MyInvoisControlDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /__admin/sim/myinvois/submissions}: every submission MyInvois received, oldest first. */
final class HttpMyInvoisControl implements MyInvoisControlDriver {
    private final ControlCalls control;

    HttpMyInvoisControl(ControlCalls control) {
        this.control = control;
    }

    @Override
    public List<String> acceptedInvoiceNumbers() {
        return documents("acceptedDocuments", "internalId");
    }

    @Override
    public List<String> rejectedInvoiceNumbers() {
        return documents("rejectedDocuments", "invoiceCodeNumber");
    }

    private List<String> documents(String kind, String number) {
        List<String> numbers = new ArrayList<>();
        for (JsonNode submission : control.get("/myinvois/submissions").path("submissions")) {
            submission.path(kind).forEach(document -> numbers.add(document.path(number).asText()));
        }
        return numbers;
    }
}
