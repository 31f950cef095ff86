package app.rapport.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import app.rapport.tools.simulation.Simulator;
import app.rapport.importer.Importers;
import app.rapport.importer.Progress;
import app.rapport.security.Role;
import app.rapport.security.TokenIssuer;
import app.rapport.support.MutableClock;
import app.rapport.support.TestClockConfiguration;
import app.rapport.support.TestNeo4j;

/**
 * The dashboard in a real headless Chromium (Debian's chromium + chromedriver; never downloads a browser):
 * an analyst logs in and sees every chart drawn with data from the demo graph after a simulated week,
 * and the page's figures equal the API's; a member without the role is refused. Saves a screenshot to
 * {@code target/dashboard.png}. Its own context (a real port), so it runs as an IT, after the unit tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "rapport.import.progress=false",
        "rapport.ranking.retrain-interval=0",
        "rapport.dashboard.users.mem-1.role=MEMBER"})
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> CHARTS = List.of("chart-note", "chart-source", "chart-reason", "chart-mutuals", "chart-cohort",
            "chart-sender", "chart-time-to-answer", "chart-funnel", "chart-growth", "chart-degree", "chart-communities",
            "chart-connectors", "chart-reach", "chart-experiment");

    @LocalServerPort
    int port;
    @Autowired
    Driver neo4j;
    @Autowired
    Importers importers;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    TokenIssuer tokens;

    /** A name that would run a script if a tooltip put it into the page as markup. */
    static final String HOSTILE_NAME = "<img src=x onerror=\"window.__xss=(window.__xss||0)+1\">";

    private WebDriver browser;
    private String hostileSender;

    @DynamicPropertySource
    static void neo4jProperties(DynamicPropertyRegistry registry) {
        TestNeo4j.register(registry, "rapport-browser-it-");
        // Accounts are configured as bcrypt hashes only (cost 4: fast enough for a test).
        var bcrypt = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4);
        registry.add("rapport.dashboard.users.ana-1.password", () -> "{bcrypt}" + bcrypt.encode("analyst-secret"));
        registry.add("rapport.dashboard.users.mem-1.password", () -> "{bcrypt}" + bcrypt.encode("member-secret"));
    }

    @BeforeAll
    void simulatedDemo() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "no " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        TestNeo4j.wipe(neo4j);
        importers.demo();
        clock.reset();
        // A ranker experiment over the simulated days, so the experiments panel has arms to show.
        context.getBean(app.rapport.experiment.Experiments.class).define(new app.rapport.experiment.ExperimentRequest("browser-demo",
                app.rapport.experiment.ExperimentKind.RANKER, List.of(new app.rapport.experiment.ExperimentRequest.ArmShare("formula", 0.5),
                        new app.rapport.experiment.ExperimentRequest.ArmShare("learned", 0.5)),
                clock.instant().minus(Duration.ofDays(6)), clock.instant().plus(Duration.ofDays(1))));
        Simulator.from(context).run(5, 7, clock::set, Progress.NONE);
        // The rollups follow in the background: the page and the API calls below must read the same figures.
        context.getBean(DailyRollups.class).flush();
        // The busiest sender names themself like markup, through the API, as any member may.
        hostileSender = neo4j.executableQuery("""
                MATCH (s:Member)-[:SENT]->(:Invitation) WITH s, count(*) AS sent RETURN s.id AS id ORDER BY sent DESC, s.id LIMIT 1""")
                .execute().records().get(0).get("id").asString();
        HttpResponse<String> renamed = HttpCalls.send(HttpRequest.newBuilder(URI.create(url("/api/members/" + hostileSender)))
                .header("Authorization", "Bearer " + tokens.issue(hostileSender, Role.MEMBER))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"firstName\":" + HttpCalls.json(HOSTILE_NAME) + ",\"lastName\":\"X\"}")));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,4200");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterAll
    void cleanUp() {
        TestNeo4j.wipe(neo4j);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String member, String password) {
        browser.get(url("/dashboard"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("username")).sendKeys(member);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    private void waitForFigures() {
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(b ->
                "true".equals(b.findElement(By.tagName("body")).getDomAttribute("data-loaded"))
                        || b.findElement(By.id("status")).getText().startsWith("Could not load"));
        assertThat(browser.findElement(By.id("status")).getText()).doesNotStartWith("Could not load");
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomAttribute("data-value");
    }

    @Test
    void analystSeesEveryChartWithTheApiFigures() throws Exception {
        logIn("ana-1", "analyst-secret");
        waitForFigures();
        for (String chart : CHARTS) {
            var element = browser.findElement(By.id(chart));
            assertThat(element.getDomAttribute("data-rendered")).as(chart).isEqualTo("true");
            assertThat(Long.parseLong(element.getDomAttribute("data-points"))).as(chart + " has data").isPositive();
            assertThat(element.findElements(By.tagName("canvas"))).as(chart + " drawn").isNotEmpty();
        }
        JsonNode acceptance = api("/api/analytics/acceptance");
        JsonNode network = api("/api/analytics/network");
        assertThat(acceptance.get("overall").get("sent").asLong()).isPositive();
        assertThat(value("kpi-sent")).isEqualTo(acceptance.get("overall").get("sent").asString());
        assertThat(browser.findElement(By.id("kpi-sent")).getText())
                .isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", acceptance.get("overall").get("sent").asLong()));
        assertThat(Double.parseDouble(value("kpi-acceptance-rate")))
                .isEqualTo(acceptance.get("overall").get("acceptanceRate").asDouble());
        assertThat(value("kpi-pending")).isEqualTo(acceptance.get("overall").get("pending").asString());
        assertThat(value("kpi-network")).isEqualTo(network.get("members").asString());
        JsonNode experiment = api("/api/analytics/experiments/browser-demo");
        for (JsonNode arm : experiment.get("arms")) {
            assertThat(arm.get("sent").asLong()).as("invitations from the " + arm.get("arm").asString() + " arm").isPositive();
            assertThat(browser.findElement(By.cssSelector("#experiment-arms tr[data-arm='" + arm.get("arm").asString() + "']"))
                    .getDomAttribute("data-sent")).isEqualTo(arm.get("sent").asString());
        }
        Path shot = browser instanceof ChromeDriver chrome ? chrome.getScreenshotAs(OutputType.FILE).toPath() : null;
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);

        // The window control: nothing was sent in 2030, so the page shows zero and no rate.
        browser.get(url("/dashboard?from=2030-01-01"));
        waitForFigures();
        assertThat(value("kpi-sent")).isEqualTo("0");
        assertThat(browser.findElement(By.id("kpi-acceptance-rate")).getText()).isEqualTo("n/a");
    }

    @Test
    void memberWithoutTheAnalystRoleIsRefused() {
        logIn("mem-1", "member-secret");
        // The click returns before the browser has followed the login's redirect to the refusal page: wait for it.
        WebElement denied = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("denied")));
        assertThat(denied.getText()).isEqualTo("Not allowed");
        browser.get(url("/dashboard/api/analytics/acceptance"));
        assertThat(browser.getPageSource()).doesNotContain("\"overall\"");
    }

    @Test
    void wrongPasswordStaysOnTheLoginPage() {
        logIn("ana-1", "not-the-password");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/login?error"));
        assertThat(browser.getCurrentUrl()).contains("/login?error");
        assertThat(browser.findElement(By.id("login-error")).isDisplayed()).isTrue();
    }

    @Test
    void aMemberNamedLikeMarkupShowsAsTextInTheTooltipsAndNoScriptRuns() {
        logIn("ana-1", "analyst-secret");
        waitForFigures();
        WebElement chart = browser.findElement(By.id("chart-sender"));
        // Hover the first bar (the busiest sender) with the real mouse; ECharts shows its axis tooltip there.
        Number y = (Number) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(arguments[0]).convertToPixel({yAxisIndex: 0}, 0);", chart);
        Dimension size = chart.getSize();
        new Actions(browser).moveToElement(chart, 200 - size.getWidth() / 2, y.intValue() - size.getHeight() / 2).perform();
        WebElement tooltip = new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> chart.findElements(By.tagName("div")).stream()
                .filter(d -> d.isDisplayed() && d.getText().contains("accepted/sent")).findFirst().orElse(null));
        assertThat(tooltip.getText()).contains(HOSTILE_NAME + " X");
        assertThat(tooltip.findElements(By.tagName("img"))).as("the name became markup").isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined")).isEqualTo(true);
        // The y-axis label of the same bar is drawn on the canvas, so no other place on the page holds the name as markup.
        assertThat(browser.findElements(By.cssSelector("img[src=x]"))).isEmpty();
    }

    @Test
    void theDashboardPagesForbidInlineScriptsFramingAndSniffing() throws Exception {
        for (String path : List.of("/login", "/dashboard")) {
            HttpResponse<String> page = HttpCalls.send(HttpRequest.newBuilder(URI.create(url(path))));
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval");
            assertThat(csp.replaceAll(".*script-src ([^;]*).*", "$1")).as(path).doesNotContain("unsafe-inline");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).isPresent();
            assertThat(page.body()).as(path + ": no inline script").doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        }
    }

    private JsonNode api(String path) throws Exception {
        // The network report of a window asked for the first time is 202 "computing" until the background has it.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> apiCall(path).statusCode() != 202);
        HttpResponse<String> response = apiCall(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
    }

    private HttpResponse<String> apiCall(String path) throws Exception {
        return HttpCalls.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + tokens.issue("ana-1", Role.ANALYST)).header("Accept", "application/json"));
    }
}
