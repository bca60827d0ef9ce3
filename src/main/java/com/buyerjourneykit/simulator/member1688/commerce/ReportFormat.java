package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import java.util.Optional;

/** The report's file type: CSV (the default, as a spreadsheet opens it) or JSON. */
enum ReportFormat {
    CSV, JSON;

    static ReportFormat of(Optional<String> given) {
        return switch (given.orElse("csv")) {
            case "csv" -> CSV;
            case "json" -> JSON;
            default -> throw new InvalidParameter("format", "one-of", "format must be csv or json");
        };
    }

    String fileName(String reportId) {
        return "1688-orders-" + reportId + (this == CSV ? ".csv" : ".json");
    }
}
