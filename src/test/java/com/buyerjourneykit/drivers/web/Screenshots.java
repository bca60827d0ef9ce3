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
 * is the screen. Asking for the mark and setting it is one round trip.
 */
final class Screenshots {
    /** Whether the document was marked already; marks it either way. */
    private static final String SEEN_AND_MARK = "var seen = window.bjkCaptured === true; window.bjkCaptured = true; return seen;";
    private final WebDriver browser;
    private byte[] last;

    Screenshots(WebDriver browser) {
        this.browser = browser;
    }

    Optional<byte[]> current() {
        if (!(browser instanceof TakesScreenshot)) {
            return Optional.empty();
        }
        Optional<Boolean> seen = seenAndMarked();
        if (last == null || !seen.orElse(false)) {
            byte[] shot = FullPage.capture(browser).orElse(null);
            last = seen.isPresent() ? shot : null; // a document that takes no mark is captured again next time
            return Optional.ofNullable(shot);
        }
        return Optional.of(last);
    }

    private Optional<Boolean> seenAndMarked() {
        try {
            return Optional.of(Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(SEEN_AND_MARK)));
        } catch (WebDriverException e) {
            return Optional.empty();
        }
    }
}
