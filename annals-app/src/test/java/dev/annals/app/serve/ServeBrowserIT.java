package dev.annals.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser: Debian's chromium driven headless through chromedriver, against a
 * real server over the demo articles. Screenshots of each page go to target/screenshots. Skips,
 * saying so, when chromium or chromedriver is not installed (.ci/run installs them).
 */
class ServeBrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static DemoServer demo;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      System.out.println("SKIPPED ServeBrowserIT: " + CHROMIUM + " or " + CHROMEDRIVER
          + " is absent (apt-get install chromium chromium-driver; .ci/run does it)");
    }
    Assumptions.assumeTrue(present, "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + " (apt-get install chromium chromium-driver)");
    demo = DemoServer.start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1100");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (demo != null) {
      demo.close();
    }
  }

  private static JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(demo.base + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  /** Opens a view and waits until the page says it drew it for this URL. */
  private static void open(String query) {
    browser.get(demo.base + "/?" + query);
    awaitRendered();
  }

  private static void awaitRendered() {
    // while a page loads there may be no body yet: ask again
    waiting().ignoring(JavascriptException.class).until(d -> {
      Object done = ((JavascriptExecutor) d).executeScript(
          "return !!document.body && (document.body.dataset.rendered || '').endsWith(':' + location.search)");
      return Boolean.TRUE.equals(done) ? Boolean.TRUE : null;
    });
  }

  private static void screenshot(String name) throws IOException {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static String attribute(String id, String name) {
    return browser.findElement(By.id(id)).getAttribute("data-" + name);
  }

  private static List<WebElement> overviewRows() {
    return browser.findElements(By.cssSelector(".events-holder[data-place=overview] tbody tr"));
  }

  @Test
  void theOverviewShowsTimelineNetworkMapAndTable() throws Exception {
    open("view=overview");
    long total = api("/api/events").get("total").asLong();
    assertThat(Long.parseLong(attribute("timeline", "total"))).isEqualTo(total);
    assertThat(Integer.parseInt(attribute("network", "nodes"))).isGreaterThan(5);
    long located = 0;
    for (JsonNode place : api("/api/places")) {
      located += place.get("events").asLong();
    }
    assertThat(Long.parseLong(attribute("map", "events"))).isEqualTo(located).isPositive();
    assertThat(Integer.parseInt(attribute("map", "clusters"))).isPositive();
    assertThat(overviewRows()).hasSize((int) Math.min(25, total));
    assertThat(browser.findElement(By.cssSelector(".events-holder[data-place=overview] .pager")).getText()).contains("of " + total);
    screenshot("overview");
  }

  @Test
  void aFilterChangesTimelineTableAndMapAndLivesInTheUrl() throws Exception {
    open("view=overview");
    new Select(browser.findElement(By.name("quad"))).selectByValue("4");
    waiting().until(d -> d.getCurrentUrl().contains("quad=4") ? Boolean.TRUE : null);
    awaitRendered();
    long conflicts = api("/api/events?quad=4").get("total").asLong();
    assertThat(conflicts).isLessThan(api("/api/events").get("total").asLong());
    assertThat(Long.parseLong(attribute("timeline", "total"))).isEqualTo(conflicts);
    long located = 0;
    for (JsonNode place : api("/api/places?quad=4")) {
      located += place.get("events").asLong();
    }
    assertThat(Long.parseLong(attribute("map", "events"))).isEqualTo(located);
    assertThat(overviewRows()).isNotEmpty().allSatisfy(row ->
        assertThat(row.findElement(By.cssSelector("td.q4")).getText()).isNotBlank());
    screenshot("overview-material-conflict");

    // the URL is the bookmark: opened afresh, the same filter is set and applied
    String bookmark = browser.getCurrentUrl();
    browser.get("about:blank");
    browser.get(bookmark);
    awaitRendered();
    assertThat(new Select(browser.findElement(By.name("quad"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("4");
    assertThat(Long.parseLong(attribute("timeline", "total"))).isEqualTo(conflicts);

    // a click on a column header sorts the table by it, as the API does
    browser.findElement(By.cssSelector(".events-holder[data-place=overview] th[data-sort=goldstein]")).click();
    waiting().until(d -> d.getCurrentUrl().contains("sort=goldstein") ? Boolean.TRUE : null);
    awaitRendered();
    JsonNode sorted = api("/api/events?quad=4&sort=goldstein&order=desc&limit=25").get("events");
    List<WebElement> rows = overviewRows();
    for (int i = 0; i < rows.size(); i++) {
      assertThat(Double.parseDouble(rows.get(i).findElements(By.tagName("td")).get(4).getText()))
          .isEqualTo(sorted.get(i).get("goldstein").asDouble());
    }
    // and the export link carries the filter
    String csv = browser.findElement(By.cssSelector("a.export[data-format=csv]")).getAttribute("href");
    assertThat(csv).contains("/api/export?").contains("quad=4").contains("format=csv");
  }

  @Test
  void clickingANetworkNodeFiltersToThatActor() throws Exception {
    open("view=overview");
    // A clean-clone CI run once waited in vain for a click to filter (the same commit passed on
    // its next runs); the force layout may still move a node after the page says it drew it. Read
    // where the nodes are and click again, up to three times, each time where the chart last drew.
    String hit = null;
    for (int attempt = 0; attempt < 3 && hit == null; attempt++) {
      String aimed = clickLoneNetworkNode();
      try {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("actor=" + aimed) ? Boolean.TRUE : null);
        hit = aimed;
      } catch (org.openqa.selenium.TimeoutException missed) {
        open("view=overview");
      }
    }
    assertThat(hit).as("a click on a network node filters to its actor").isNotNull();
    final String clicked = hit;
    awaitRendered();
    assertThat(browser.findElement(By.name("actor")).getAttribute("value")).isEqualTo(clicked);
    long total = api("/api/events?actor=" + clicked).get("total").asLong();
    assertThat(Long.parseLong(attribute("timeline", "total"))).isEqualTo(total);
    assertThat(overviewRows()).isNotEmpty().allSatisfy(row -> {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertThat(cells.get(1).getText().startsWith(clicked) || cells.get(3).getText().startsWith(clicked)).isTrue();
    });
    screenshot("network-click");
  }

  /** Clicks the network node farthest from its neighbours, so that the click cannot land on another one; gives its actor code. */
  private static String clickLoneNetworkNode() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> nodes = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
        "return window.annalsUi.networkNodePixels()");
    WebElement network = browser.findElement(By.id("network"));
    int width = network.getSize().getWidth();
    int height = network.getSize().getHeight();
    String actor = null;
    double best = -1;
    double x = 0;
    double y = 0;
    for (Map<String, Object> node : nodes) {
      double nx = ((Number) node.get("x")).doubleValue();
      double ny = ((Number) node.get("y")).doubleValue();
      if (nx < 20 || ny < 20 || nx > width - 20 || ny > height - 20) {
        continue;
      }
      double nearest = Double.MAX_VALUE;
      for (Map<String, Object> other : nodes) {
        if (other != node) {
          nearest = Math.min(nearest, Math.hypot(nx - ((Number) other.get("x")).doubleValue(), ny - ((Number) other.get("y")).doubleValue()));
        }
      }
      if (nearest > best) {
        best = nearest;
        actor = (String) node.get("code");
        x = nx;
        y = ny;
      }
    }
    assertThat(actor).as("a network node inside the chart").isNotNull();
    int dx = (int) Math.round(x - width / 2.0);
    int dy = (int) Math.round(y - height / 2.0);
    new Actions(browser).moveToElement(network, dx, dy).click().perform();
    return actor;
  }

  @Test
  void theArticleReaderHighlightsItsEventsAndLinksToTheAggregatedEvent() throws Exception {
    open("view=article&id=demo-russia-ukraine-kharkiv");
    WebElement text = browser.findElement(By.cssSelector("#article .article-text"));
    assertThat(text.findElements(By.cssSelector(".actor"))).extracting(WebElement::getText).contains("Russian forces");
    assertThat(text.findElements(By.cssSelector(".timex"))).extracting(WebElement::getText).contains("Sunday");
    assertThat(text.findElements(By.cssSelector(".quote"))).isNotEmpty();
    List<WebElement> events = browser.findElements(By.cssSelector("#article .event-list li"));
    WebElement fired = events.stream().filter(e -> e.getText().contains("trigger “fired”")).findFirst().orElseThrow();
    assertThat(fired.getText()).contains("Employ precision-guided aerial munitions").contains("Material conflict");
    fired.click();
    WebElement selected = text.findElement(By.cssSelector(".trigger.selected"));
    assertThat(selected.getText()).isEqualTo("fired");
    screenshot("article");

    fired.findElement(By.cssSelector("a.event-link")).click();
    waiting().until(d -> d.getCurrentUrl().contains("view=event") ? Boolean.TRUE : null);
    awaitRendered();
    String detail = browser.findElement(By.id("event-detail")).getText();
    assertThat(detail).contains("Employ precision-guided aerial munitions").contains("Russian forces fired missiles at Kharkiv");
    screenshot("event");
    // from the event back to a report: the reader opens with that mention selected
    browser.findElement(By.cssSelector("#event-detail .mention a")).click();
    waiting().until(d -> d.getCurrentUrl().contains("view=article") ? Boolean.TRUE : null);
    awaitRendered();
    assertThat(browser.findElement(By.cssSelector("#article .trigger.selected")).getText()).isEqualTo("fired");
  }

  @Test
  void aPastedArticleIsCodedAndItsEventsShown() throws Exception {
    open("view=add");
    browser.findElement(By.cssSelector("#add-form [name=title]")).sendKeys("Vietnam and Laos open a railway");
    ((JavascriptExecutor) browser).executeScript("document.querySelector('#add-form [name=date]').value = '2025-06-25'");
    browser.findElement(By.cssSelector("#add-form [name=text]")).sendKeys("Vietnamese Prime Minister Pham Minh Chinh met Laotian Prime Minister "
        + "Sonexay Siphandone in Hanoi on Tuesday. Vietnam and Laos signed an agreement to build a railway to the port of Vung Ang.");
    browser.findElement(By.id("token")).sendKeys("not-the-token");
    browser.findElement(By.id("add-submit")).click();
    waiting().until(d -> d.findElement(By.id("add-status")).getText().contains("token") ? Boolean.TRUE : null);
    assertThat(browser.findElement(By.id("add-status")).getAttribute("class")).contains("error");

    browser.findElement(By.id("token")).clear();
    browser.findElement(By.id("token")).sendKeys(DemoServer.TOKEN);
    browser.findElement(By.id("add-submit")).click();
    waiting().withTimeout(Duration.ofSeconds(120))
        .until(d -> d.findElement(By.id("add-status")).getText().startsWith("Stored") ? Boolean.TRUE : null);
    List<WebElement> events = browser.findElements(By.cssSelector("#add-result .event-list li"));
    assertThat(events).isNotEmpty();
    assertThat(events).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("(VNM").contains("(LAO"));
    assertThat(browser.findElements(By.cssSelector("#add-result .trigger"))).isNotEmpty();
    screenshot("paste-article");
    JsonNode stored = api("/api/events?actor=VNM");
    assertThat(stored.get("total").asLong()).isPositive();
  }
}
