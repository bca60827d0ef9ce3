package com.buyerjourneykit.drivers.web;

import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * The screen after each step, the whole page (FullPage). A capture costs a few hundred milliseconds on a busy machine, and
 * about half the steps leave the screen as it was (checks of the answer shown, the buyer's clock,
 * the SMS inbox). The reference pages run no script, so a page only changes by loading another
 * document: the shown one carries a mark once captured, and while it still does, the last capture
 * is the screen.
 */
final class Screenshots {
    private static final String MARK = "window.bjkCaptured";
    private final WebDriver browser;
    private byte[] last;

    Screenshots(WebDriver browser) {
        this.browser = browser;
    }

    Optional<byte[]> current() {
        if (!(browser instanceof TakesScreenshot)) {
            return Optional.empty();
        }
        if (last == null || !stillShown()) {
            last = FullPage.capture(browser).orElse(null);
            mark();
        }
        return Optional.ofNullable(last);
    }

    private boolean stillShown() {
        try {
            return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return " + MARK + " === true;"));
        } catch (WebDriverException e) {
            return false;
        }
    }

    private void mark() {
        try {
            ((JavascriptExecutor) browser).executeScript(MARK + " = true;");
        } catch (WebDriverException e) {
            last = null; // a document that takes no mark is captured again next time
        }
    }
}
