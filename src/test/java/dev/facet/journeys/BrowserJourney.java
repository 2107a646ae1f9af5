package dev.facet.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.security.UserView;
import dev.facet.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A real browser (Debian's Chromium, driven by Playwright) against the running test server.
 * Playwright downloads no browser: it starts {@code /usr/bin/chromium}, or {@code
 * FACET_CHROMIUM} where that is set.
 */
abstract class BrowserJourney {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    Page page;

    @BeforeEach
    void openBrowser() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("FACET_CHROMIUM", "/usr/bin/chromium");
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(chromium))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1400, 1000).setBypassCSP(injectsScripts()));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * Whether the journey injects a script of its own (axe-core) into the pages: the application's
     * Content-Security-Policy rightly forbids that, so only such a journey has the browser ignore it.
     */
    boolean injectsScripts() {
        return false;
    }

    /** Signs in through the login page and waits for the page it leads to, scripts and all. */
    void signIn(int port, UserView user) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        PlaywrightAssertions.assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        page.waitForLoadState();
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
