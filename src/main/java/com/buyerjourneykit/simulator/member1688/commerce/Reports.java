package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.Refusal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Generated order reports by id; a member downloads only its own. */
final class Reports {
    private final AtomicLong next = new AtomicLong(1);
    private final Map<String, Report> byId = new ConcurrentHashMap<>();

    String nextId() {
        return "rpt-" + next.getAndIncrement();
    }

    void add(Report report) {
        byId.put(report.reportId(), report);
    }

    Report of(String memberId, String reportId) {
        Report report = byId.get(reportId);
        if (report == null || !report.memberId().equals(memberId)) {
            throw new Refusal("REPORT_NOT_FOUND", "This member has no report " + reportId);
        }
        return report;
    }

    void forgetAll() {
        byId.clear();
    }
}
