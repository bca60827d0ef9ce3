package com.buyerjourneykit.drivers.web;

import java.util.Map;
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
 * is the screen. Asking for the mark, setting it and reading the page's size is one round trip.
 */
final class Screenshots {
    /** Whether the document was marked already (marked either way), and its size for FullPage. */
    private static final String SEEN_AND_MARK = "var seen = window.bjkCaptured === true; window.bjkCaptured = true;\n"
            + "var root = document.documentElement;\n"
            + "return {seen: seen, width: root.scrollWidth, height: root.scrollHeight, window: root.clientHeight};";
    private static final PageSize UNKNOWN = new PageSize(0, 0, 0);
    private final WebDriver browser;
    private final PictureFormat format = PictureFormat.configured();
    private byte[] last;

    Screenshots(WebDriver browser) {
        this.browser = browser;
    }

    Optional<byte[]> current() {
        if (!(browser instanceof TakesScreenshot)) {
            return Optional.empty();
        }
        Optional<Map<?, ?>> marked = seenAndMarked();
        if (last != null && marked.map(page -> Boolean.TRUE.equals(page.get("seen"))).orElse(false)) {
            return Optional.of(last);
        }
        byte[] shot = FullPage.capture(browser, format, marked.map(PageSize::of).orElse(UNKNOWN)).orElse(null);
        last = marked.isPresent() ? shot : null; // a document that takes no mark is captured again next time
        return Optional.ofNullable(shot);
    }

    private Optional<Map<?, ?>> seenAndMarked() {
        try {
            return Optional.ofNullable((Map<?, ?>) ((JavascriptExecutor) browser).executeScript(SEEN_AND_MARK));
        } catch (WebDriverException e) {
            return Optional.empty();
        }
    }
}
