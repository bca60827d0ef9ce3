package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.PhoneInput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;

/** The home page (start or resume a journey) and the progress page of the reference app. */
final class JourneyScreens extends Screen {
    static final Target JOURNEY_ID = Target.the("journey of this buyer", "journey-id");
    static final Target GUIDE_STEP = Target.the("a guide step with its status", "guide-step");
    static final Target NEXT_STEP = Target.the("link to the next step", "next-step");
    private final String baseUrl;
    private final String language;

    JourneyScreens(WebDriver browser, String baseUrl, String language) {
        super(browser);
        this.baseUrl = baseUrl;
        this.language = language;
    }

    Answer start(PhoneInput phone) {
        browser.get(baseUrl + "/" + language + "/");
        Answer answer = new StepForm(browser, "journeys").submit(Map.of("countryCode", phone.countryCode(), "mobile", phone.mobile()));
        List<Map<String, String>> journey = rows(JOURNEY_ID);
        if (journey.isEmpty()) {
            return answer;
        }
        Map<String, String> facts = new LinkedHashMap<>(answer.facts());
        facts.put("journeyId", journey.get(0).get("journeyId"));
        return Answer.of(answer.outcome(), facts);
    }

    Answer progress(String journeyId) {
        browser.get(baseUrl + "/" + language + "/journeys/" + journeyId);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("journeyId", journeyId);
        rows(GUIDE_STEP).forEach(step -> facts.put(step.get("step"), step.get("status")));
        rows(NEXT_STEP).forEach(next -> facts.put("next", next.get("step")));
        return Answer.of("progress", facts);
    }

    /**
     * A read-only view of the journey, {@code /<lang>/<view>?journeyId=…}: the answer its banner shows,
     * or {@code outcome} with every fact the page carries when it shows no banner.
     */
    Answer view(String view, String journeyId, String outcome) {
        browser.get(baseUrl + "/" + language + "/" + view + "?journeyId=" + URLEncoder.encode(journeyId, StandardCharsets.UTF_8));
        return answerWithPageFacts(outcome);
    }

    /** Opens a step's page, where its form lives. */
    StepForm openStep(String journeyId, String path) {
        browser.get(baseUrl + "/" + language + "/journeys/" + journeyId + "/" + path);
        return new StepForm(browser, path);
    }
}
