package com.buyerjourneykit.reference.sections.helpcontacts;

import com.buyerjourneykit.reference.web.StepAnswer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The help lines as the REST answer and the page show them: contact, hours, and whether each answers at the moment asked. */
final class HelpAnswers {
    private HelpAnswers() {
    }

    static StepAnswer of(HelpDesk.HelpAtMoment help) {
        Instant moment = help.moment().toInstant();
        List<Map<String, Object>> contacts = help.lines().stream().map(line -> contact(line, moment)).toList();
        return StepAnswer.success(200, "help-contacts").with("at", help.moment().toString()).with("contacts", contacts);
    }

    private static Map<String, Object> contact(HelpLine line, Instant moment) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("line", line.id());
        contact.put("provider", line.provider());
        contact.put("phone", line.phone());
        if (line.email() != null) {
            contact.put("email", line.email());
            contact.put("replyWithinWorkingDays", line.replyWithinWorkingDays());
        }
        contact.put("days", line.days().stream().map(DayOfWeek::name).collect(Collectors.toList()));
        contact.put("opens", line.opens().toString());
        contact.put("closes", line.closes().toString());
        contact.put("timeZone", line.zone().getId());
        contact.put("open", line.answersAt(moment));
        return contact;
    }
}
