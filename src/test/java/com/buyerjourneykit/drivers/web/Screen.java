package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What every page of the reference app shows the same way: the outcome banner and field errors. */
class Screen {
    static final Target OUTCOME = Target.the("outcome banner", "outcome");
    static final Target FIELD_ERROR = Target.the("field error", "field-error");
    protected final WebDriver browser;

    Screen(WebDriver browser) {
        this.browser = browser;
    }

    void type(Target target, String text) {
        WebElement field = browser.findElement(target.locator());
        field.clear();
        field.sendKeys(text);
    }

    void click(Target target) {
        browser.findElement(target.locator()).click();
    }

    boolean shows(Target target) {
        return !browser.findElements(target.locator()).isEmpty();
    }

    /** The answer the page shows, or {@code quiet} when it shows neither outcome nor field error. */
    Answer answer(String quiet) {
        List<WebElement> errors = browser.findElements(FIELD_ERROR.locator());
        if (!errors.isEmpty()) {
            return Answer.invalidField(errors.get(0).getAttribute("data-field"), errors.get(0).getAttribute("data-rule"));
        }
        List<WebElement> outcomes = browser.findElements(OUTCOME.locator());
        if (outcomes.isEmpty()) {
            return Answer.of(quiet);
        }
        WebElement outcome = outcomes.get(0);
        return Answer.of(outcome.getAttribute("data-outcome"))
                .withRemainingAttempts(number(outcome.getAttribute("data-remaining-attempts")))
                .withRetryAfter(longNumber(outcome.getAttribute("data-retry-after")));
    }

    private static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text);
    }

    private static Long longNumber(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text);
    }
}
