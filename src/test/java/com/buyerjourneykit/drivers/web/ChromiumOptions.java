package com.buyerjourneykit.drivers.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeOptions;

/** How the browser channel starts Chromium, here or on a Grid node: the same window, so screenshots match. */
final class ChromiumOptions {
    /** Where the grid's node image (docker/grid) has Debian's Chromium. */
    private static final File GRID_NODE_CHROMIUM = new File("/usr/bin/chromium");
    private static final long ENOUGH_SHARED_MEMORY = 512L * 1024 * 1024;
    /**
     * Work a test browser need not do beside drawing the page (extensions, phishing checks, crash reports, hang watch,
     * network error reports, throttling of a window it thinks is hidden; translation, optimisation hints and casting,
     * in the features below); nor the password manager and autofill, which read every form a step submits.
     */
    private static final List<String> NOTHING_BESIDE_THE_PAGE = List.of("--disable-extensions",
            "--disable-client-side-phishing-detection", "--disable-default-apps", "--mute-audio",
            "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
            "--disable-backgrounding-occluded-windows", "--disable-breakpad", "--disable-hang-monitor",
            "--disable-domain-reliability", "--disable-features=Translate,OptimizationHints,MediaRouter,"
                    + "site-per-process,IsolateOrigins"); // one switch: Chromium keeps only the last --disable-features
    /**
     * Fewer processes for the same pages, measured on 2 cores with 2 browsers (the English @ui set, 3 runs each way):
     * about 7 % less CPU and wall time. The compositor runs as a thread of the browser process, not a process of its
     * own (pictures and pixels no longer cross between processes), and a test browser that only ever visits the app
     * under test needs no process per site (site-per-process and IsolateOrigins are among the features switched off above).
     */
    private static final List<String> FEWER_PROCESSES = List.of("--in-process-gpu", "--disable-site-isolation-trials");

    private ChromiumOptions() {
    }

    /** This machine's Chromium, with a fresh profile of its own. */
    static ChromeOptions local(File chromium) {
        ChromeOptions options = sameOnEveryMachine(chromium);
        options.addArguments("--user-data-dir=" + profileDirectory());
        if (sharedMemoryIsSmall()) {
            options.addArguments("--disable-dev-shm-usage");
        }
        return options;
    }

    /** A Grid node's Chromium: chromedriver gives it a fresh profile there (a path on this machine means nothing to it). */
    static ChromeOptions onGridNode() {
        ChromeOptions options = sameOnEveryMachine(GRID_NODE_CHROMIUM);
        options.addArguments("--disable-dev-shm-usage"); // the node's /dev/shm is its container's
        return options;
    }

    private static ChromeOptions sameOnEveryMachine(File chromium) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1100,900");
        options.addArguments(NOTHING_BESIDE_THE_PAGE);
        options.addArguments(FEWER_PROCESSES);
        options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false,
                "profile.password_manager_enabled", false, "autofill.profile_enabled", false));
        return options;
    }

    /**
     * Docker gives a container 64 MB of /dev/shm, too little for Chromium, which must then keep its
     * shared memory in TMPDIR (the build's target/, on disk). Where /dev/shm is big enough it stays there.
     */
    private static boolean sharedMemoryIsSmall() {
        File shm = new File("/dev/shm");
        return !shm.isDirectory() || shm.getTotalSpace() < ENOUGH_SHARED_MEMORY;
    }

    private static String profileDirectory() {
        try {
            return Files.createTempDirectory("bjk-chromium-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
