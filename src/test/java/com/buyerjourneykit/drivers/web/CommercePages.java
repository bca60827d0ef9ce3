package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
        Answer shown = answer(outcome);
        Map<String, String> facts = new LinkedHashMap<>(factsIn(browser.findElement(By.tagName("body"))));
        facts.putAll(shown.facts());
        return Answer.of(shown.outcome(), facts);
    }

    /** The {@code data-*} attributes of each row the page shows, in the page's order. */
    List<Map<String, String>> rows(Target row) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (WebElement element : browser.findElements(row.locator())) {
            Map<String, String> data = dataAttributes(element);
            data.put("text", element.getText());
            rows.add(data);
        }
        return rows;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
