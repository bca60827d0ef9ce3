package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.HelpContactsDriver;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.WebDriver;

/** The help page, {@code /<lang>/help[?at=…]}: one block per help line, its facts in {@code data-*} attributes. */
final class HelpScreen extends Screen implements HelpContactsDriver {
    static final Target HELP_LINE = Target.the("a help line with its contact and hours", "help-line");
    private final String baseUrl;
    private final String language;

    HelpScreen(WebDriver browser, String baseUrl, String language) {
        super(browser);
        this.baseUrl = baseUrl;
        this.language = language;
    }

    @Override
    public Answer helpContacts() {
        return open("");
    }

    @Override
    public Answer helpContactsAt(String moment) {
        return open("?at=" + URLEncoder.encode(moment, StandardCharsets.UTF_8));
    }

    private Answer open(String query) {
        browser.get(baseUrl + "/" + language + "/help" + query);
        Answer shown = answer("help-contacts");
        if (!shown.outcome().equals("help-contacts")) {
            return shown;
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (Map<String, String> data : rows(HELP_LINE)) {
            String name = data.remove("line");
            data.remove("testid");
            data.forEach((fact, value) -> facts.put(name + "." + fact, value));
        }
        return Answer.of("help-contacts", facts);
    }
}
