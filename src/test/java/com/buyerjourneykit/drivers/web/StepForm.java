package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Any journey step's form: {@code form[data-form='<step path>']} with one input per REST field
 * ({@code data-testid} = field name) and a {@code submit} button. The page shows the answer.
 */
final class StepForm extends Screen {
    static final Target SUBMIT = Target.the("submit button", "submit");
    private final String path;

    StepForm(WebDriver browser, String path) {
        super(browser);
        this.path = path;
    }

    Answer submit(Map<String, String> fields) {
        WebElement form = browser.findElement(By.cssSelector("form[data-form='" + path + "']"));
        fields.forEach((name, value) -> fill(form.findElement(By.cssSelector("[data-testid='" + name + "']")), value));
        ((JavascriptExecutor) browser).executeScript("window.bjkSubmitted = true;");
        form.findElement(SUBMIT.locator()).click();
        awaitTheAnswerPage();
        return answer("none");
    }

    /**
     * The answer is on the page the post returns; reading before it replaced this one reads the
     * old page. The old document carries a mark; the new one does not. While the browser swaps
     * documents it may answer with errors about the old one, which are ignored.
     */
    private void awaitTheAnswerPage() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                        "return window.bjkSubmitted === undefined && document.readyState === 'complete';"));
    }

    private void fill(WebElement field, String value) {
        String type = field.getAttribute("type");
        if ("checkbox".equals(type)) {
            if (field.isSelected() != Boolean.parseBoolean(value)) {
                field.click();
            }
        } else if ("range".equals(type) || "hidden".equals(type) || "date".equals(type)) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
        } else if ("select".equals(field.getTagName())) {
            new Select(field).selectByValue(value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }
}
