package com.buyerjourneykit.drivers.web;

import java.util.Map;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Types a text into a field as the buyer would: what the field held is cleared (as WebDriver's clear does), the
 * field takes the focus, and Chromium inserts the text through its input pipeline (DevTools'
 * {@code Input.insertText}: input events, {@code maxlength} kept), in two round trips; chromedriver's
 * key-by-key typing costs three DevTools messages per character (200 ms a field on a busy machine).
 * As WebDriver does, a field the buyer could not type into (hidden, disabled, read-only) is refused.
 * A browser without DevTools commands (HtmlUnit) types key by key; Chromium on a Grid node has them (GridChromium).
 */
final class Typing {
    private static final String CLEAR_AND_FOCUS = "var f = arguments[0];\n"
            + "if (f.disabled || f.readOnly || f.getClientRects().length === 0"
            + " || getComputedStyle(f).visibility === 'hidden') { return false; }\n"
            + "if (f.value !== '') { f.value = ''; }\n"
            + "f.focus(); return document.activeElement === f;";
    private final WebDriver browser;

    Typing(WebDriver browser) {
        this.browser = browser;
    }

    void type(FormField field, String text) {
        if (browser instanceof HasCdp chromium) {
            if (!Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(CLEAR_AND_FOCUS, field.element()))) {
                throw new ElementNotInteractableException("the buyer cannot type into " + field.name());
            }
            chromium.executeCdpCommand("Input.insertText", Map.of("text", text));
        } else {
            keyByKey(field.element(), field.value(), text);
        }
    }

    private static void keyByKey(WebElement element, String shown, String text) {
        if (!shown.isEmpty()) {
            element.clear();
        }
        element.sendKeys(text);
    }
}
