package com.buyerjourneykit.simulator.member1688.commerce;

import java.util.List;

/** A generated report (生成新报表): a snapshot of the member's orders under the filter of the moment. */
record Report(String reportId, String memberId, ReportFormat format, List<ExportRow> rows, String createdAt) {
}
