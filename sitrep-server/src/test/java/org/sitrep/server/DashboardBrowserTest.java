package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium (Debian's chromium + chromium-driver; skipped when they are absent):
 * the map shows the stored events, brushing the timeline filters the event list (and the URL), a story
 * page shows its sources side by side with the disagreement highlighted. Screenshots go to target/.
 */
class DashboardBrowserTest {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");
  @TempDir
  static Path dir;
  static TestServer t;
  static final String XSS = "<img src=x onerror=\"window.__xss=1\">";
  static ChromeDriver driver;

  @BeforeAll
  static void start() {
    assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
        "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    t = new TestServer(dir.resolve("data"), 150, 6, ServerOptions.readOnly());
    // a stored record whose event type and names carry markup (as a hostile records import could):
    // the dashboard must show it as text
    org.sitrep.core.model.ArticleRecord evil = org.sitrep.store.Fixtures.analyze(org.sitrep.store.Fixtures.article(150));
    org.sitrep.core.model.EventRecord e = evil.events().get(0);
    evil = new org.sitrep.core.model.ArticleRecord(evil.docId(), "<b>outlet</b>", evil.url(), evil.title(),
        evil.published(), false, "en", java.util.List.of(new org.sitrep.core.model.EventRecord(e.id(), XSS, e.mode(),
        e.context(), e.cameo(), e.quadCode(), e.intensity(), java.util.List.of(new org.sitrep.core.model.ActorRecord(
        XSS, XSS, "SYR", "GOV", null)), e.recipient(), e.date(), e.dateText(), e.location(), e.size(), e.status(),
        e.attribution(), e.evidence(), e.trigger())), evil.quotes(), evil.counts(), evil.places(), evil.times(),
        evil.entities(), evil.errors(), evil.text());
    t.store.put(evil);
    t.store.flush();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--window-size=1400,1800", "--user-data-dir=" + dir.resolve("chrome-profile"));
    // the browser's console, to find Content-Security-Policy violations
    org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
    logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    driver.manage().window().setSize(new Dimension(1400, 1800));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (t != null) {
      t.close();
    }
  }

  static WebDriverWait waitUp() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  static int count() {
    return Integer.parseInt(driver.findElement(By.id("event-count")).getAttribute("data-count"));
  }

  static void screenshot(String name) throws Exception {
    Path out = Path.of("target", name);
    Files.createDirectories(out.getParent());
    Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), out,
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void dashboard_mapShowsEvents_andTimelineBrushFiltersTheList() throws Exception {
    driver.get(t.base + "/");
    waitUp().until(d -> !d.findElements(By.cssSelector("#event-points circle.event-point")).isEmpty()
        && d.findElement(By.id("event-count")).getAttribute("data-count") != null
        && !d.findElements(By.cssSelector("#timeline svg .brush")).isEmpty());
    long located = t.store.summary(org.sitrep.store.EventQuery.all()).located();
    assertTrue(located > 0);
    List<WebElement> points = driver.findElements(By.cssSelector("#event-points circle.event-point"));
    assertTrue(points.size() >= 8, "one circle per place and type at least for the 8 places: " + points.size());
    assertTrue(driver.findElements(By.cssSelector("#map path.country")).size() > 100, "country outlines drawn");
    List<WebElement> provinces = driver.findElements(By.cssSelector("#map #province-borders path.province"));
    assertTrue(provinces.size() > 100, "province borders drawn for most countries: " + provinces.size());
    assertTrue(provinces.stream().filter(p -> !p.getAttribute("d").isEmpty()).count() > 100, "province paths have geometry");
    Object below = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("const b = document.getElementById("
        + "'province-borders'), e = document.getElementById('event-points');"
        + " return !!(b.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);");
    assertEquals(Boolean.TRUE, below, "province borders are drawn under the event points");
    int before = count();
    assertEquals(t.store.rowCounts().get("events").intValue(), before);
    // nothing stored is run or rendered as markup: the hostile event type is legend text, not an element
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
    assertEquals(Boolean.FALSE, js.executeScript("return window.__xss === 1;"), "stored markup ran as script");
    assertTrue(driver.findElement(By.id("map-legend")).getText().contains(XSS), "the event type shows as text");
    assertTrue(driver.findElements(By.cssSelector("#map-legend img, #event-list img")).isEmpty());
    // the page works under the CSP: no violation in the console, legend swatches coloured through the DOM
    for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
      assertTrue(!entry.getMessage().contains("Content Security Policy"), "CSP violation: " + entry.getMessage());
    }
    String swatch = (String) js.executeScript("return getComputedStyle(document.querySelector('#map-legend i')).backgroundColor;");
    assertTrue(swatch.startsWith("rgb") && !swatch.equals("rgba(0, 0, 0, 0)"), "legend swatch coloured: " + swatch);
    screenshot("dashboard.png");

    // brush the middle third of the timeline
    WebElement overlay = driver.findElement(By.cssSelector("#timeline svg .brush .overlay"));
    int w = overlay.getSize().getWidth();
    String loaded = driver.findElement(By.tagName("body")).getAttribute("data-loaded");
    new Actions(driver).moveToElement(overlay, -w / 6, 0).clickAndHold().moveByOffset(w / 3, 0).release().perform();
    waitUp().until(d -> !loaded.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
    String url = driver.getCurrentUrl();
    assertTrue(url.contains("from=") && url.contains("to="), "the brush is in the URL: " + url);
    String from = url.replaceAll(".*from=([0-9-]+).*", "$1");
    String to = url.replaceAll(".*to=([0-9-]+).*", "$1");
    int after = count();
    assertTrue(after > 0 && after < before, "brushing filtered the list: " + before + " -> " + after);
    List<WebElement> rows = driver.findElements(By.cssSelector("#event-list tr.event-row"));
    assertTrue(!rows.isEmpty());
    for (WebElement r : rows) {
      String day = r.getAttribute("data-day");
      assertTrue(day.compareTo(from) >= 0 && day.compareTo(to) <= 0, day + " outside " + from + ".." + to);
    }
    screenshot("dashboard-brushed.png");

    // the shared URL restores the same view
    driver.get(url);
    waitUp().until(d -> d.findElement(By.id("event-count")).getAttribute("data-count") != null);
    assertEquals(after, count());
  }

  @Test
  void storyPage_showsSourcesSideBySideWithDisagreements() throws Exception {
    driver.get(t.base + "/?open=s2");
    waitUp().until(d -> !d.findElements(By.cssSelector("#story-view .source")).isEmpty());
    assertEquals(25, driver.findElements(By.cssSelector("#story-view .source")).size());
    assertTrue(driver.findElements(By.cssSelector("#story-view .disagreement")).size() >= 1);
    assertTrue(driver.findElements(By.cssSelector("#story-view .disputed")).size() >= 2,
        "the disputed figures are highlighted in their sources");
    for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
      assertTrue(!entry.getMessage().contains("Content Security Policy"), "CSP violation: " + entry.getMessage());
    }
    screenshot("dashboard-story.png");
  }
}
