package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Any journey step's form: {@code form[data-form='<step path>']} with one input per REST field
 * ({@code data-testid} = field name) and a {@code submit} button. The page shows the answer.
 * The buyer types into text fields (Typing), ticks boxes, picks options and clicks submit (PageForm.CLICK); what a
 * person cannot type (range, hidden and date inputs) is set by script, and the form's fields are found in one round trip.
 */
final class StepForm extends Screen {
    static final Target SUBMIT = Target.the("submit button", "submit");
    /** Checks the new page often: a form's answer usually is there when the click returns. */
    private static final Duration POLLING = Duration.ofMillis(15);
    private final String path;

    StepForm(WebDriver browser, String path) {
        super(browser);
        this.path = path;
    }

    Answer submit(Map<String, String> fields) {
        Map<String, Object> form = formFields(fields);
        for (Object found : (List<?>) form.get("fields")) {
            fill(new FormField((Map<?, ?>) found), fields);
        }
        click((WebElement) form.get("submit"));
        return awaitTheAnswerPage();
    }

    private void click(WebElement submit) {
        Object refused = ((JavascriptExecutor) browser).executeScript(PageForm.CLICK, submit);
        if (refused != null) {
            throw new ElementClickInterceptedException("the buyer cannot click " + SUBMIT + " of " + path + ": " + refused);
        }
    }

    /**
     * The form's fields and submit button; marks the document ({@code window.bjkSubmitted}) so that the
     * answer page, a new document, is told from it; sets the fields no one types (see {@link PageForm}).
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> formFields(Map<String, String> fields) {
        Map<String, Object> form = (Map<String, Object>) ((JavascriptExecutor) browser)
                .executeScript(PageForm.FIND_AND_MARK, "form[data-form='" + path + "']", fields);
        if (form.containsKey("missing")) {
            throw new NoSuchElementException("no " + form.get("missing") + " in the form " + path);
        }
        return form;
    }

    /**
     * The answer is on the page the post returns; reading before it replaced this one reads the
     * old page. The old document carries a mark; the new one does not. While the browser swaps
     * documents it may answer with errors about the old one, which are ignored.
     */
    @SuppressWarnings("unchecked")
    private Answer awaitTheAnswerPage() {
        Map<String, Object> read = new WebDriverWait(browser, Duration.ofSeconds(15), POLLING).ignoring(WebDriverException.class)
                .until(driver -> (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(PageForm.ANSWER_ONCE_LOADED));
        return answerIn(read, "none");
    }

    private void fill(FormField field, Map<String, String> fields) {
        String value = fields.get(field.name());
        if (field.isCheckbox()) {
            if (field.checked() != Boolean.parseBoolean(value)) {
                field.element().click();
            }
        } else if (field.isSelect()) {
            new Select(field.element()).selectByValue(value);
        } else if (field.isTyped()) {
            new Typing(browser).type(field, value);
        }
    }
}
