package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.AuthorisationInput;
import com.buyerjourneykit.drivers.WorldPayAuthorisationDriver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Guide section 4A in the browser: the authorisation forms and "Manage 1688.com accounts". */
final class WebWorldPayAuthorisationDriver implements WorldPayAuthorisationDriver {
    static final Target LINKED_ACCOUNT = Target.the("a linked 1688.com account (data-id)", "linked-1688-account");
    private static final String AUTHORISATIONS = "worldfirst/authorisations";
    private final JourneyScreens screens;

    WebWorldPayAuthorisationDriver(JourneyScreens screens) {
        this.screens = screens;
    }

    @Override
    public Answer authorise(String journeyId, AuthorisationInput authorisation) {
        return screens.openStep(journeyId, AUTHORISATIONS).submit(authorisation.fields());
    }

    @Override
    public Answer resendCode(String journeyId) {
        return screens.openStep(journeyId, AUTHORISATIONS + "/resend").submit(Map.of());
    }

    @Override
    public Answer confirm(String journeyId, String code) {
        return screens.openStep(journeyId, AUTHORISATIONS + "/code-checks").submit(Map.of("code", code));
    }

    /** The rows of the page, as the REST API counts and lists them. */
    @Override
    public Answer linked1688Accounts(String journeyId) {
        Answer shown = screens.view("worldfirst/linked-1688-accounts", journeyId, "linked-1688-accounts");
        if (!shown.outcome().equals("linked-1688-accounts")) {
            return shown;
        }
        List<Map<String, String>> rows = screens.rows(LINKED_ACCOUNT);
        Map<String, String> facts = new LinkedHashMap<>(shown.facts());
        facts.put("count", String.valueOf(rows.size()));
        facts.put("linked1688Ids", rows.stream().map(row -> row.get("id")).collect(Collectors.joining(",")));
        return Answer.of(shown.outcome(), facts);
    }
}
