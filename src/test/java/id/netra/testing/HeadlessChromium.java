// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Debian Chromium and chromedriver from /usr/bin, headless, for browser tests. Guard a test class with
 * {@code @EnabledIf("id.netra.testing.HeadlessChromium#installed")} so a machine without them still builds. Each
 * instance gets its own profile directory and never talks to the network on its own (no updates, no sync).
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots for a human look after the build; not compared automatically. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String baseUrl;

    private HeadlessChromium(ChromeDriver browser, String baseUrl) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        this.baseUrl = baseUrl;
    }

    public static boolean installed() {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!installed && mustRun(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + BINARY + " or " + DRIVER + " is missing: the browser "
                    + "tests would be skipped; install Debian's chromium and chromium-driver");
        }
        return installed;
    }

    /** On a CI machine ({@code CI=true}) a browser test never skips quietly: a broken Chromium fails the build. */
    static boolean mustRun(String ciVariable) {
        return "true".equalsIgnoreCase(ciVariable);
    }

    /**
     * @param port where the application under test listens on localhost
     * @param profile an empty directory for the browser profile, e.g. a JUnit {@code @TempDir}
     */
    public static HeadlessChromium open(int port, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        // keeps the console (including Content-Security-Policy violations) readable through consoleMessages()
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    public WebDriver driver() {
        return browser;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Opens a path of the application, e.g. {@code /login?lang=id}. */
    public void get(String path) {
        browser.get(baseUrl + path);
    }

    public WebElement find(By by) {
        return browser.findElement(by);
    }

    /** The visible text of the whole page. */
    public String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /**
     * The navigation as a user reads it by opening each grouped menu in turn (the administration pages, analysis):
     * the bar's own links, then every menu's entries. Each menu is closed again before the next is opened, since an
     * open dropdown covers its neighbours as it would for a person.
     */
    public String menuText() {
        closeMenus();
        StringBuilder text = new StringBuilder(find(By.cssSelector("nav.netra-menu")).getText());
        List<WebElement> menus = driver().findElements(By.cssSelector("nav.netra-menu details"));
        for (WebElement menu : menus) {
            WebElement summary = menu.findElement(By.cssSelector(":scope > summary"));
            summary.click();
            wait.until(d -> menu.getDomAttribute("open") != null);
            for (WebElement entry : menu.findElements(By.cssSelector(":scope > ul a"))) {
                text.append('\n').append(entry.getDomProperty("textContent").strip());
            }
            summary.click();
            wait.until(d -> menu.getDomAttribute("open") == null);
        }
        return text.toString();
    }

    /** Opens the grouped menu that holds the link, as a user clicking "Administrasi" would, and returns the link. */
    public WebElement openMenuWith(String linkText) {
        closeMenus();
        WebElement menu = find(By.xpath("//nav[contains(@class,'netra-menu')]//details[.//a[normalize-space()='"
                + linkText + "']]"));
        menu.findElement(By.cssSelector(":scope > summary")).click();
        return wait.until(ExpectedConditions.elementToBeClickable(menu.findElement(By.linkText(linkText))));
    }

    /** Closes any open grouped menu, so that a long dropdown does not cover the page. */
    public void closeMenus() {
        for (WebElement summary : driver().findElements(By.cssSelector("nav.netra-menu details[open] > summary"))) {
            summary.click();
        }
    }

    /** Signs in through the login form and waits until the header shows a signed-in user. */
    public void signIn(String username, String password) {
        get("/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".netra-user summary")));
    }

    /** Waits until the element holds the text; returns it. */
    public WebElement waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return find(by);
    }

    /** Scrolls so that the element's top is at the top of the viewport, e.g. before a screenshot. */
    public void scrollTo(By by) {
        browser.executeScript("arguments[0].scrollIntoView(true);", find(by));
    }

    /**
     * The elements that reach past the right edge of the layout viewport (the window less its vertical scrollbar,
     * {@code document.documentElement.clientWidth}, the same width {@link #horizontalOverflow()} measures against),
     * innermost first: tag, classes, the start of their text and their right edge. Elements inside a box that scrolls
     * or clips sideways on its own (such as a wide table in an {@code overflow-x: auto} wrapper) do not move the page
     * and are left out, as are the entries of closed menus; the box itself is named if it sticks out. Lets a failed
     * overflow check say what to fix.
     */
    public String overflowingElements() {
        Object found = browser.executeScript("""
                const width = document.documentElement.clientWidth;
                const contained = new Map();
                const insideScroller = e => {
                  const parent = e.parentElement;
                  if (!parent || parent === document.body || parent === document.documentElement) return false;
                  if (contained.has(parent)) return contained.get(parent);
                  const answer = getComputedStyle(parent).overflowX !== 'visible' || insideScroller(parent);
                  contained.set(parent, answer);
                  return answer;
                };
                // checkVisibility() is false inside a closed <details> (its content is skipped, so it moves nothing)
                const sticksOut = e => e.getBoundingClientRect().right > width + 0.5 && e.checkVisibility()
                    && !insideScroller(e);
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && sticksOut(e) && ![...e.children].some(sticksOut)) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.getAttribute('class') ? '.' + e.getAttribute('class').trim().replace(/ +/g, '.') : '')
                        + ' [' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + ']'
                        + ' right=' + Math.round(r.right) + '/' + width);
                  }
                }
                return out.slice(0, 40).join('; ');
                """);
        return String.valueOf(found);
    }

    /**
     * How many pixels the page is wider than its layout viewport, i.e. how far it scrolls sideways: zero when it
     * fits. Measured against {@code document.documentElement.clientWidth}, the window less its vertical scrollbar,
     * not {@code window.innerWidth}, which counts the scrollbar and so let a page that scrolls sideways by less than
     * the scrollbar's width (about 15 px) pass. {@link #overflowingElements()} names the culprits.
     */
    public long horizontalOverflow() {
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return ((Number) overflow).longValue();
    }

    /**
     * Fails when the page scrolls sideways ({@link #horizontalOverflow()} above zero), with {@code where} (the page
     * and width), the overflow in pixels and the culprits from {@link #overflowingElements()}, looked up only on
     * failure. The one overflow check of the browser tests.
     */
    public void assertNoSidewaysScroll(String where) {
        long overflow = horizontalOverflow();
        assertThat(overflow).as(() -> where + ": " + overflow + " px too wide: " + overflowingElements())
                .isLessThanOrEqualTo(0);
    }

    /** The console messages since the last call (errors, warnings, CSP violations), oldest first. */
    public List<String> consoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    public void resize(Dimension size) {
        browser.manage().window().setSize(size);
    }

    /** Saves what the viewport shows as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.quit();
    }
}
