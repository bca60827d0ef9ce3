package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Settings;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
            description = "Chromium on Selenium Grid " + grid;
            return remote(grid);
        }
        File chromium = new File(Settings.get("bjk.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(Settings.get("bjk.chromedriver", "/usr/bin/chromedriver"));
        boolean htmlUnitAsked = Settings.get("bjk.browser", "chromium").equals("htmlunit");
        if (htmlUnitAsked || !chromium.canExecute() || !chromedriver.canExecute()) {
            description = "HtmlUnit (NOT a real browser: no Chromium at " + chromium + ")";
            return new HtmlUnitDriver(false);
        }
        ChromeDriver driver = new ChromeDriver(service(chromedriver), options(chromium));
        description = "Chromium " + driver.getCapabilities().getBrowserVersion() + " headless, via " + chromedriver;
        return driver;
    }

    private static ChromeDriverService service(File chromedriver) {
        return new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
    }

    private static ChromeOptions options(File chromium) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1100,900", "--user-data-dir=" + profileDirectory());
        return options;
    }

    private static String profileDirectory() {
        try {
            return Files.createTempDirectory("bjk-chromium-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebDriver remote(String grid) {
        try {
            return new RemoteWebDriver(URI.create(grid).toURL(), options(new File("/usr/bin/chromium")));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bjk.grid.url must be a URL: " + grid, e);
        }
    }
}
