package se.finsam.check.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver – both found on this machine, never downloaded.
 * Tests that need it are skipped, saying why, where they are not installed ({@code apt-get install chromium
 * chromium-driver}; .ci/run installs them).
 */
final class Browser {

    /**
     * Selenium warns that it has no DevTools (CDP) binding for Debian's chromium version; WebDriver, which these
     * tests use, does not need one. Held here: a logger that nothing refers to may be collected, and its level lost.
     */
    private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP.setLevel(java.util.logging.Level.SEVERE);
    }

    private Browser() {
    }

    static Optional<Path> find(String... candidates) {
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).flatMap(dir -> Stream.of(candidates)
                        .filter(c -> !c.contains("/")).map(c -> Path.of(dir, c)))
                .filter(Files::isExecutable).findFirst();
    }

    /** A new headless browser that saves downloads into downloads; skips the test when there is none. */
    static ChromeDriver start(Path profile, Path downloads) {
        Optional<Path> chromium = find("/usr/bin/chromium", "chromium", "chromium-browser");
        Optional<Path> driver = find("/usr/bin/chromedriver", "chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "skipped: no chromium or chromedriver on this machine (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        // as root, in a container: no sandbox; and no traffic to anything but the desk on 127.0.0.1
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
                "--window-size=1400,1150", "--force-device-scale-factor=1", "--lang=sv-SE",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(20)).pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /** The file that appears in folder within the time, once the browser has finished writing it. */
    static Path download(Path folder, String name) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Path file = folder.resolve(name);
        while (System.nanoTime() < end) {
            if (Files.exists(file)) {
                try (Stream<Path> partial = Files.list(folder)) {
                    if (partial.noneMatch(p -> p.toString().endsWith(".crdownload"))) {
                        return file;
                    }
                }
            }
            Thread.sleep(100);
        }
        try (Stream<Path> there = Files.list(folder)) {
            throw new AssertionError("no download " + name + " within 30 s; the folder holds " + there.toList());
        }
    }

    /**
     * Runs an action that sends a form (choosing or dropping files) and waits until the browser shows the page that
     * answers it. The page is sent by a script, after the action has returned, so without this wait a look at the
     * page could still meet the old one, or meet the new one while it loads. Fails saying what the browser shows.
     */
    static void submits(ChromeDriver browser, Runnable action) {
        browser.executeScript("window.finsamBefore = true;");
        action.run();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!newPage(browser)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no new page within 60 s of sending the form; the browser shows "
                        + browser.getCurrentUrl() + ":\n" + browser.findElement(org.openqa.selenium.By.tagName("body")).getText());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the page", e);
            }
        }
    }

    private static boolean newPage(ChromeDriver browser) {
        try {
            return Boolean.TRUE.equals(browser.executeScript(
                    "return window.finsamBefore === undefined && document.readyState === 'complete';"));
        } catch (org.openqa.selenium.WebDriverException e) {
            return false; // the old page went away while the script ran: the new one is on its way
        }
    }

    static List<String> texts(List<org.openqa.selenium.WebElement> elements) {
        return elements.stream().map(org.openqa.selenium.WebElement::getText).toList();
    }
}
