package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Settings;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * One browser per worker thread, reused by the scenarios that thread runs and quit when the JVM
 * ends. Which browser: a Selenium Grid when {@code bjk.grid.url} is set; else the local Chromium
 * and chromedriver ({@code bjk.chromium}, {@code bjk.chromedriver}); HtmlUnit only when neither
 * exists (or {@code bjk.browser=htmlunit}), and the report says so.
 */
final class Browsers {
    private static final ThreadLocal<WebDriver> PER_THREAD = new ThreadLocal<>();
    private static final List<WebDriver> ALL = new CopyOnWriteArrayList<>();
    private static volatile String description = "not started";
    private static volatile long firstStartMillis = -1;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ALL.forEach(WebDriver::quit)));
    }

    private Browsers() {
    }

    static WebDriver forThisThread() {
        WebDriver driver = PER_THREAD.get();
        if (driver == null) {
            long started = System.nanoTime();
            driver = start();
            recordStart(started);
            PER_THREAD.set(driver);
            ALL.add(driver);
        }
        return driver;
    }

    static String description() {
        return description + (firstStartMillis < 0 ? "" : ", first start " + firstStartMillis + " ms");
    }

    private static synchronized void recordStart(long startedNanos) {
        if (firstStartMillis < 0) {
            firstStartMillis = (System.nanoTime() - startedNanos) / 1_000_000;
        }
    }

    private static WebDriver start() {
        String grid = Settings.get("bjk.grid.url", null);
        if (grid != null) {
            RemoteWebDriver driver = remote(grid);
            description = "Chromium " + driver.getCapabilities().getBrowserVersion() + " headless, on Selenium Grid " + grid;
            return driver;
        }
        File chromium = new File(Settings.get("bjk.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(Settings.get("bjk.chromedriver", "/usr/bin/chromedriver"));
        boolean htmlUnitAsked = Settings.get("bjk.browser", "chromium").equals("htmlunit");
        if (htmlUnitAsked || !chromium.canExecute() || !chromedriver.canExecute()) {
            description = "HtmlUnit (NOT a real browser: no Chromium at " + chromium + ")";
            return new HtmlUnitDriver(false);
        }
        ChromeDriver driver = new ChromeDriver(service(chromedriver), ChromiumOptions.local(chromium));
        description = "Chromium " + driver.getCapabilities().getBrowserVersion() + " headless, via " + chromedriver;
        return driver;
    }

    private static ChromeDriverService service(File chromedriver) {
        return new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
    }

    private static RemoteWebDriver remote(String grid) {
        try {
            return new GridChromium(URI.create(grid).toURL(), ChromiumOptions.onGridNode());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bjk.grid.url must be a URL: " + grid, e);
        }
    }
}
