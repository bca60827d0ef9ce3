package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.WebDriver;

/** The 1688 views of a journey that name one thing in their query ({@code /<lang>/1688/products?journeyId=…&offerId=…}), and their rows. */
final class CommercePages extends Screen {
    private final String baseUrl;
    private final String language;

    CommercePages(WebDriver browser, String baseUrl, String language) {
        super(browser);
        this.baseUrl = baseUrl;
        this.language = language;
    }

    /** The answer the page's banner shows, or {@code outcome} with every fact the page carries when it shows none. */
    Answer view(String view, String journeyId, String name, String value, String outcome) {
        browser.get(baseUrl + "/" + language + "/" + view + "?journeyId=" + encoded(journeyId) + "&" + name + "=" + encoded(value));
        return answerWithPageFacts(outcome);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
