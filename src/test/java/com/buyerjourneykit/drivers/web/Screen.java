package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What every page of the reference app shows the same way: the outcome banner and field errors. */
class Screen {
    static final Target OUTCOME = Target.the("outcome banner", "outcome");
    static final Target FIELD_ERROR = Target.the("field error", "field-error");
    static final Target FACT = Target.the("a fact of the answer (data-name, value)", "fact");
    protected final WebDriver browser;

    Screen(WebDriver browser) {
        this.browser = browser;
    }

    /** The answer the page shows, or {@code quiet} when it shows neither an outcome nor a field error. */
    Answer answer(String quiet) {
        List<WebElement> errors = browser.findElements(FIELD_ERROR.locator());
        if (!errors.isEmpty()) {
            return Answer.of("invalid-field", Map.of("field", errors.get(0).getAttribute("data-field"),
                    "rule", errors.get(0).getAttribute("data-rule")));
        }
        List<WebElement> outcomes = browser.findElements(OUTCOME.locator());
        if (outcomes.isEmpty()) {
            return Answer.of(quiet, Map.of());
        }
        Map<String, String> facts = dataAttributes(outcomes.get(0));
        String outcome = facts.remove("outcome");
        facts.remove("testid");
        facts.putAll(factsIn(outcomes.get(0)));
        return Answer.of(outcome, facts);
    }

    /**
     * The facts the banner carries generically, {@code <data data-testid="fact" data-name=… value=…>}
     * children, under the names the REST API gives them: a section needs no attribute of its own.
     */
    static Map<String, String> factsIn(WebElement container) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (WebElement fact : container.findElements(FACT.locator())) {
            facts.put(fact.getAttribute("data-name"), fact.getAttribute("value"));
        }
        return facts;
    }

    /** The element's {@code data-*} attributes with camelCase names, as the REST API names the same facts. */
    Map<String, String> dataAttributes(WebElement element) {
        Object dataset = ((JavascriptExecutor) browser).executeScript(
                "var d = {}; for (var k in arguments[0].dataset) { d[k] = String(arguments[0].dataset[k]); } return d;", element);
        Map<String, String> facts = new LinkedHashMap<>();
        ((Map<?, ?>) dataset).forEach((key, value) -> facts.put(String.valueOf(key), String.valueOf(value)));
        return facts;
    }
}
