package cn.helituan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A headless Chromium for the browser tests ({@code *IT}): started once per class, signed out and in Chinese before
 * each test, with the steps they share (log in, follow the menu, screen sizes, screenshots to
 * {@code docs/screenshots/}).
 *
 * <p>Needs Chromium and chromedriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, or on the PATH, or
 * {@code CHROME_BIN} / {@code CHROMEDRIVER_BIN}). Without them the test is skipped on a workstation and fails when
 * {@code CI=true}.
 */
abstract class BrowserSession extends FullStackTest {

    static final Logger log = LoggerFactory.getLogger(BrowserSession.class);
    static final Duration WAIT = Duration.ofSeconds(10);
    static final Path SCREENSHOTS = Paths.get("..", "docs", "screenshots");
    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 780;
    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 800;
    /** Full-page screenshots stop here (CSS pixels), so a long list does not make a huge image. */
    static final int MAX_SHOT_HEIGHT = 2400;

    static ChromeDriver driver;
    static Path profile;

    @LocalServerPort
    int port;
    @Autowired
    Demo demo;
    @Autowired
    JdbcTemplate jdbc;

    WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        Optional<Path> chromium = locate("CHROME_BIN", "/usr/bin/chromium", "chromium", "chromium-browser",
                "google-chrome");
        Optional<Path> chromedriver = locate("CHROMEDRIVER_BIN", "/usr/bin/chromedriver", "chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String missing = "Browser test needs Chromium and chromedriver (found chromium: " + chromium.isPresent()
                    + ", chromedriver: " + chromedriver.isPresent() + "); set CHROME_BIN / CHROMEDRIVER_BIN";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(missing + ". CI=true: a missing browser fails the run.");
            }
            // Said in the build log too: an aborted class shows up only as "Tests run: 0" in the Maven summary.
            log.warn("Browser test SKIPPED: {}. Not under CI, so the browser test is skipped.", missing);
            Assumptions.abort(missing + ". Skipped (not under CI).");
        }
        // An explicit driver path: Selenium Manager never runs, so nothing is downloaded.
        System.setProperty("webdriver.chrome.driver", chromedriver.get().toString());
        System.setProperty("SE_OFFLINE", "true");
        profile = Files.createTempDirectory("helituan-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--lang=zh-CN", "--hide-scrollbars",
                "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void freshSession() {
        wait = new WebDriverWait(driver, WAIT);
        // Start each journey signed out, in Chinese.
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
    }

    // --- steps ---

    void logIn(String username) {
        driver.get(url("/login"));
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        click(By.id("login-submit"));
        waitForPath("/");
        // Signed in: the menu (folded on a phone) holds the person's name, the user name in its title.
        wait.until(d -> String.valueOf(d.findElement(By.id("nav-user")).getDomAttribute("title"))
                .startsWith(username + " "));
    }

    /** Follows a main-menu link; on a phone the menu is folded behind the toggler first. */
    void navigate(String linkText, String path) {
        menuEntry(linkText).click();
        waitForPath(path);
    }

    /**
     * The main menu's entry of that label, shown and in view: the phone's menu unfolded, or on a desktop its group's
     * dropdown opened (a hidden link has no visible text, so it is found by its text content).
     */
    WebElement menuEntry(String label) {
        openMenu();
        WebElement link = driver.findElement(By.id("mainNav"))
                .findElement(By.xpath(".//a[normalize-space()='" + label + "']"));
        if (!link.isDisplayed()) {
            link.findElement(By.xpath("ancestor::li[contains(@class, 'menu-group')]/a[contains(@class, 'dropdown-toggle')]"))
                    .click();
            wait.until(ExpectedConditions.visibilityOf(link));
        }
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
        return link;
    }

    void openMenu() {
        WebElement toggler = driver.findElement(By.cssSelector(".navbar-toggler"));
        if (toggler.isDisplayed()) {
            if (!driver.findElement(By.id("mainNav")).getDomAttribute("class").contains("show")) {
                toggler.click();
            }
            wait.until(ExpectedConditions.attributeContains(By.id("mainNav"), "class", "show"));
            wait.until(d -> !d.findElement(By.id("mainNav")).getDomAttribute("class").contains("collapsing"));
        }
    }

    /** Brings the element into view at once (Bootstrap scrolls smoothly, which a click would race) and clicks it. */
    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    void waitForPath(String path) {
        String base = url("");
        wait.until(d -> {
            String current = d.getCurrentUrl();
            if (current == null || !current.startsWith(base)) {
                return false;
            }
            String rest = current.substring(base.length());
            int cut = rest.indexOf('?');
            return (cut < 0 ? rest : rest.substring(0, cut)).equals(path);
        });
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    void assertNoHorizontalScroll() {
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) driver.executeScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth.intValue()).as("page wider than the screen").isLessThanOrEqualTo(clientWidth.intValue());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    // --- viewport and screenshots ---

    void phone() {
        metrics(PHONE_WIDTH, PHONE_HEIGHT, 2, true);
    }

    void desktop() {
        metrics(DESKTOP_WIDTH, DESKTOP_HEIGHT, 1, false);
    }

    void metrics(int width, int height, int scale, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", scale, "mobile", mobile));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", mobile));
    }

    /** The whole page (up to {@link #MAX_SHOT_HEIGHT}), not only what fits on the screen. */
    @SuppressWarnings("unchecked")
    void screenshot(String name) throws IOException {
        Map<String, Object> layout = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) layout.get("cssContentSize");
        Map<String, Object> viewport = (Map<String, Object>) layout.get("cssLayoutViewport");
        double width = ((Number) viewport.get("clientWidth")).doubleValue();
        double height = Math.min(((Number) content.get("height")).doubleValue(), MAX_SHOT_HEIGHT);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    // --- finding the browser ---

    static Optional<Path> locate(String env, String usual, String... names) {
        String configured = System.getenv(env);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Paths.get(configured)).filter(Files::isExecutable);
        }
        if (Files.isExecutable(Paths.get(usual))) {
            return Optional.of(Paths.get(usual));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Paths.get(dir, name);
                if (!dir.isBlank() && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
