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
import org.sitrep.store.SitrepStore;

/**
 * The dashboard in headless Chromium (Debian's chromium + chromium-driver; skipped when they are absent):
 * the map shows the stored events, brushing the timeline filters the event list (and the URL), the incident page
 * shows its reports side by side with the disagreement highlighted, the merged events and its storyline, the actor
 * network has one node per canonical actor with every label inside the frame and no two overlapping, and a server
 * with a live desk shows an alert for a dropped article without a reload. Screenshots go to target/, and those of
 * the desk to docs/img/ (referenced from docs/watch.md).
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
    evil = new org.sitrep.core.model.ArticleRecord(evil.docId(), "<b>outlet</b>", "javascript:window.__xss=1", XSS,
        evil.published(), false, "en", java.util.List.of(new org.sitrep.core.model.EventRecord(e.id(), XSS, e.mode(),
        e.context(), e.cameo(), e.quadCode(), e.intensity(), java.util.List.of(new org.sitrep.core.model.ActorRecord(
        XSS, XSS, "SYR", "GOV", null)), e.recipient(), e.date(), e.dateText(), e.location(), e.size(), e.status(),
        e.attribution(), e.evidence(), e.trigger())), evil.quotes(), evil.counts(), evil.places(), evil.times(),
        evil.entities(), evil.errors(), evil.text());
    t.store.put(evil);
    t.store.flush();
    // and an incident of its own, so that the incident page shows it
    java.util.List<org.sitrep.core.model.StoryRecord> stories = new java.util.ArrayList<>(
        org.sitrep.store.Fixtures.stories(150, 6));
    stories.add(new org.sitrep.core.model.StoryRecord("evil", XSS, List.of(evil.docId()), List.of(
        new org.sitrep.core.model.StoryEvent("evil#x1", XSS, "2020-01-05", evil.events().get(0).actor(), List.of(), null,
            List.of(evil.events().get(0).id()), List.of("<b>outlet</b>"), List.of())), List.of()));
    t.store.replaceStories(stories);
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

  /** A screenshot of one element into target/ and, in a checkout, docs/img/ (the documentation's pictures). */
  static void docScreenshot(WebElement el, String name) throws Exception {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", el);
    Path shot = el.getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(Path.of("target"));
    Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    Path docs = Path.of("..", "docs");
    if (Files.isDirectory(docs)) {
      Files.createDirectories(docs.resolve("img"));
      Files.copy(shot, docs.resolve("img").resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The sources the dashboard's incident cards list, added up ("N sources" each). */
  static long sourcesShown(org.openqa.selenium.JavascriptExecutor js) {
    return ((Number) js.executeScript("return [...document.querySelectorAll('#stories .story-card')]"
        + ".map(c => parseInt((c.textContent.match(/(\\d+) sources/) || [0, 0])[1])).reduce((a, b) => a + b, 0);"))
        .longValue();
  }

  static void noCspViolation() {
    for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
      assertTrue(!entry.getMessage().contains("Content Security Policy"), "CSP violation: " + entry.getMessage());
      assertTrue(!entry.getMessage().contains("Uncaught"), "script error: " + entry.getMessage());
    }
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
  void incidentPage_showsReportsSideBySide_disagreements_mergedEvents_andStoryline() throws Exception {
    driver.get(t.base + "/?open=s2");
    waitUp().until(d -> !d.findElements(By.cssSelector("#story-view .source")).isEmpty()
        && !d.findElements(By.cssSelector("#incident-storyline .incident-bar")).isEmpty());
    List<WebElement> reports = driver.findElements(By.cssSelector("#story-view .source"));
    assertEquals(25, reports.size());
    // each report: its outlet, its time, its figures, its quotes and claims, its events
    WebElement first = reports.get(0);
    assertEquals("2020-01-03", first.findElement(By.cssSelector(".meta")).getText().substring(0, 10),
        "reports in publication order: " + first.getText());
    assertTrue(first.getText().contains("Figures") && first.getText().contains("dead: "), first.getText());
    assertTrue(!first.findElements(By.cssSelector("li.quote")).isEmpty(), "the report's quotes: " + first.getText());
    assertTrue(first.findElement(By.cssSelector("li.quote")).getText().contains("We will respond to number"));
    assertTrue(driver.findElements(By.cssSelector("#story-view .disagreement")).size() >= 1);
    assertTrue(driver.findElements(By.cssSelector("#story-view .source .disputed")).size() >= 2,
        "the disputed figures are highlighted in their reports");
    List<WebElement> merged = driver.findElements(By.cssSelector("#story-view .merged-event"));
    assertEquals(1, merged.size());
    assertTrue(merged.get(0).getText().contains("25 report(s)"), merged.get(0).getText());
    assertEquals("s2", driver.findElement(By.cssSelector("#incident-storyline .incident-bar.current")).getAttribute("data-id"));
    // the markup an outlet name carries is text (the hostile record is no source of s2, but its name is stored)
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
    assertEquals(Boolean.FALSE, js.executeScript("return window.__xss === 1;"));
    noCspViolation();
    screenshot("dashboard-story.png");
    docScreenshot(driver.findElement(By.id("story-view")), "desk-incident.png");

    // the storyline timeline of every incident: a bar each, and a click opens that incident
    List<WebElement> bars = driver.findElements(By.cssSelector("#storylines .incident-bar"));
    assertEquals(t.store.rowCounts().get("stories").intValue(), bars.size());
    assertTrue(driver.findElements(By.cssSelector("#storylines img")).isEmpty(), "titles are text");
    WebElement other = bars.stream().filter(b -> "s4".equals(b.getAttribute("data-id"))).findFirst().orElseThrow();
    js.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", other);
    waitUp().until(d -> "s4".equals(d.findElement(By.tagName("body")).getAttribute("data-incident")));
    assertTrue(driver.getCurrentUrl().contains("open=s4"));
    String title = driver.findElement(By.cssSelector("#story-view h2")).getText();
    assertTrue(title.startsWith("Synthetic story 4"), title);
    docScreenshot(driver.findElement(By.id("storylines-panel")), "desk-storylines.png");
  }

  @Test
  void incidentPage_showsStoredMarkupAsText_andNoScriptLink() throws Exception {
    driver.get(t.base + "/?open=evil");
    waitUp().until(d -> !d.findElements(By.cssSelector("#story-view .source")).isEmpty());
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
    assertEquals(Boolean.FALSE, js.executeScript("return window.__xss === 1;"), "stored markup ran as script");
    WebElement view = driver.findElement(By.id("story-view"));
    assertTrue(view.findElements(By.cssSelector("img, b.injected")).isEmpty());
    assertTrue(view.findElement(By.cssSelector("h2")).getText().startsWith(XSS), "the title shows as text");
    assertEquals("<b>outlet</b>", view.findElement(By.cssSelector(".source h3")).getText());
    for (WebElement a : view.findElements(By.cssSelector("a"))) {
      assertTrue(!a.getAttribute("href").toLowerCase(java.util.Locale.ROOT).startsWith("javascript"),
          "a link from data runs script: " + a.getAttribute("href"));
    }
    assertTrue(view.findElement(By.cssSelector(".merged-event")).getText().contains(XSS));
    noCspViolation();
  }

  @Test
  void network_oneNodePerCanonicalActor_labelsInsideTheFrame_noTwoOverlapping() throws Exception {
    driver.get(t.base + "/");
    waitUp().until(d -> !d.findElements(By.cssSelector("#network svg .net-label")).isEmpty());
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
    @SuppressWarnings("unchecked")
    List<String> nodes = (List<String>) js.executeScript("return Array.from(document.querySelectorAll("
        + "'#network .node')).map(n => n.dataset.id);");
    // the fixtures' actors (six, and the hostile record's SYR GOV) by country and sector, a government as its
    // state, one node each
    assertEquals(new java.util.TreeSet<>(nodes).size(), nodes.size(), "one node per actor: " + nodes);
    assertEquals(new java.util.TreeSet<>(List.of("RUS MIL", "SYR", "SYR CVL", "SYR MIL", "SYR REB", "TUR", "TUR MIL")),
        new java.util.TreeSet<>(nodes));
    assertLabelsFit(js);
    // the hostile actor's text shows as a name in a tooltip, as text
    assertEquals(Boolean.FALSE, js.executeScript("return window.__xss === 1;"));
    docScreenshot(driver.findElement(By.id("network-panel")), "desk-network.png");
    // filter by type: only conflict; then cooperation: other pairs, labels still fit
    String before = driver.findElement(By.id("network-note")).getText();
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("net-quad"))).selectByValue("cooperation");
    waitUp().until(d -> !before.equals(d.findElement(By.id("network-note")).getText()));
    assertTrue(driver.getCurrentUrl().contains("net_quad=cooperation"), driver.getCurrentUrl());
    assertLabelsFit(js);
    @SuppressWarnings("unchecked")
    List<String> colours = (List<String>) js.executeScript("return Array.from(document.querySelectorAll("
        + "'#network path.link')).map(p => p.getAttribute('stroke'));");
    assertTrue(!colours.isEmpty() && colours.stream().allMatch("#2e7fb8"::equals), "cooperation only: " + colours);
    // every label shown, in a small frame: still none overlapping, none outside
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("net-quad"))).selectByValue("");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("net-labels"))).selectByValue("1000");
    waitUp().until(d -> d.getCurrentUrl().contains("net_labels=1000"));
    driver.manage().window().setSize(new Dimension(900, 1800));
    waitUp().until(d -> !d.findElements(By.cssSelector("#network svg .net-label")).isEmpty());
    Thread.sleep(800); // the resize redraw
    waitUp().until(d -> !d.findElements(By.cssSelector("#network svg .net-label")).isEmpty());
    assertLabelsFit(js);
    driver.manage().window().setSize(new Dimension(1400, 1800));
    noCspViolation();
  }

  @Test
  void network_manyActors_labelsStillInsideAndApart_theRestHidden() throws Exception {
    // 36 actors with ids and names of every length, 240 events between them (a deterministic generator)
    String[] words = {"Front", "Council", "Brigade", "Ministry of the Interior", "Movement", "Coalition", "Army",
        "Popular Mobilisation Committee", "Police", "Union"};
    java.util.List<org.sitrep.core.model.ActorRecord> actors = new java.util.ArrayList<>();
    for (int i = 0; i < 36; i++) {
      actors.add(new org.sitrep.core.model.ActorRecord("they " + i, words[i % words.length] + " " + (i + 1),
          i % 2 == 0 ? "XAA" : "XBB", i % 3 == 0 ? "GOV" : "REB", "actor-" + i));
    }
    Path data = dir.resolve("dense-data");
    try (SitrepStore store = SitrepStore.open(data)) {
      long seed = 7;
      for (int a = 0; a < 80; a++) {
        java.util.List<org.sitrep.core.model.EventRecord> events = new java.util.ArrayList<>();
        for (int k = 0; k < 3; k++) {
          seed = (seed * 6364136223846793005L + 1442695040888963407L);
          int x = (int) Math.floorMod(seed >>> 33, 36L);
          int y = (int) Math.floorMod((seed >>> 13) + 1 + x, 36L);
          if (y == x) {
            y = (x + 1) % 36;
          }
          events.add(new org.sitrep.core.model.EventRecord("d" + a + "#e" + (k + 1), k == 0 ? "ASSAULT" : "CONSULT",
              null, List.of(), null, k == 0 ? 4 : 1, -5.0, List.of(actors.get(Math.min(x, x % 12 + 3 * k))),
              List.of(actors.get(y)), String.format("2022-05-%02d", 1 + a % 28), null, null, java.util.Map.of(),
              "occurred", null, null, null));
        }
        store.put(new org.sitrep.core.model.ArticleRecord("d" + a, "Outlet " + (a % 4), null, "Report " + a,
            String.format("2022-05-%02d", 1 + a % 28), false, "en", events, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), "text " + a));
      }
      store.flush();
    }
    try (TestServer dense = new TestServer(data, 0, 0, ServerOptions.readOnly())) {
      org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
      for (String labels : List.of("15", "1000")) {
        driver.get(dense.base + "/?net_labels=" + labels);
        waitUp().until(d -> d.findElements(By.cssSelector("#network .node")).size() > 20
            && !d.findElements(By.cssSelector("#network svg .net-label")).isEmpty());
        assertLabelsFit(js);
        int nodes = driver.findElements(By.cssSelector("#network .node")).size();
        int shown = driver.findElements(By.cssSelector("#network .net-label")).size();
        assertTrue(shown <= Math.min(nodes, Integer.parseInt(labels)), shown + " labels for " + nodes + " nodes");
        String note = driver.findElement(By.id("network-note")).getText();
        if (shown < Math.min(nodes, Integer.parseInt(labels))) {
          assertTrue(note.contains("hidden"), "hidden labels are counted: " + note);
        }
        if (labels.equals("1000")) {
          docScreenshot(driver.findElement(By.id("network-panel")), "desk-network-dense.png");
        }
      }
      noCspViolation();
    }
  }

  /** Every label's box inside the network's frame, no two label boxes overlapping; at least five labels shown. */
  static void assertLabelsFit(org.openqa.selenium.JavascriptExecutor js) {
    @SuppressWarnings("unchecked")
    List<List<Number>> boxes = (List<List<Number>>) js.executeScript("const f = document.querySelector('#network svg')"
        + ".getBoundingClientRect(); return [[f.left, f.top, f.right, f.bottom]].concat(Array.from(document"
        + ".querySelectorAll('#network .net-label')).map(t => { const r = t.getBoundingClientRect();"
        + " return [r.left, r.top, r.right, r.bottom]; }));");
    List<Number> frame = boxes.get(0);
    List<List<Number>> labels = boxes.subList(1, boxes.size());
    assertTrue(labels.size() >= 5, "labels shown: " + labels.size());
    for (List<Number> b : labels) {
      assertTrue(b.get(0).doubleValue() >= frame.get(0).doubleValue() && b.get(1).doubleValue() >= frame.get(1).doubleValue()
          && b.get(2).doubleValue() <= frame.get(2).doubleValue() && b.get(3).doubleValue() <= frame.get(3).doubleValue(),
          "label " + b + " leaves the frame " + frame);
    }
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        List<Number> a = labels.get(i);
        List<Number> c = labels.get(j);
        boolean overlap = a.get(0).doubleValue() < c.get(2).doubleValue() && c.get(0).doubleValue() < a.get(2).doubleValue()
            && a.get(1).doubleValue() < c.get(3).doubleValue() && c.get(1).doubleValue() < a.get(3).doubleValue();
        assertTrue(!overlap, "labels " + a + " and " + c + " overlap");
      }
    }
  }

  @Test
  void liveDesk_alertForADroppedArticle_appearsWithoutAReload_storylinesFollow_andItOpensItsIncident() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("live-inbox"));
    org.sitrep.watch.WatchConfig cfg = org.sitrep.watch.WatchConfig.parse("{\"folders\": [{\"path\": \"live-inbox\","
        + " \"interval\": \"300ms\", \"settle\": \"100ms\"}],"
        + " \"alerts\": {\"rules\": [{\"name\": \"any-new\", \"on\": \"new_incident\"}]}}", "desk.json", dir);
    try (TestServer live = new TestServer(dir.resolve("live-data"), 0, 0, ServerOptions.readOnly(), store -> new LiveDesk(
        new org.sitrep.watch.Watcher(cfg, new org.sitrep.watch.StoreGateway(store),
            org.sitrep.watch.IncidentLinker.standard(), org.sitrep.store.Fixtures::analyze, 1,
            java.time.Clock.systemUTC(), m -> { }), p -> { }, m -> { }))) {
      driver.get(live.base + "/");
      waitUp().until(d -> !d.findElements(By.id("no-alerts")).isEmpty()
          && "open".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
      assertEquals(0, count());
      StringBuilder lines = new StringBuilder();
      for (int i : new int[] {3, 15, 27}) {
        lines.append(LiveDeskTest.line(i));
      }
      Files.writeString(inbox.resolve("drop.jsonl.tmp"), lines);
      Files.move(inbox.resolve("drop.jsonl.tmp"), inbox.resolve("drop.jsonl"));
      // no reload: the alerts arrive by the event stream, the panels refresh
      waitUp().until(d -> !d.findElements(By.cssSelector("#alert-list li.alert")).isEmpty());
      waitUp().until(d -> count() > 0);
      WebElement alert = driver.findElement(By.cssSelector("#alert-list li.alert"));
      assertTrue(alert.getText().contains("new incident"), alert.getText());
      docScreenshot(driver.findElement(By.id("alerts-panel")), "desk-alerts.png");
      // the storyline timeline follows without a reload: the desk updated the store's stories before the alert
      int first = live.store.rowCounts().get("stories").intValue();
      assertTrue(first > 0, "the desk stored stories before its alert");
      waitUp().until(d -> d.findElements(By.cssSelector("#storylines .incident-bar")).size() == first);
      // its incident opens at the first click: the stories were updated before the alert went out
      org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
      js.executeScript("arguments[0].click();", driver.findElement(By.cssSelector("#alert-list li.alert .open-incident")));
      waitUp().until(d -> !d.findElements(By.cssSelector("#story-view .source")).isEmpty());
      assertTrue(driver.findElement(By.id("story-view")).getText().contains("Reports side by side"));
      assertEquals(1, driver.findElements(By.cssSelector("#storylines .incident-bar.current")).size(),
          "the open incident is marked on the timeline");
      // more reports dropped next (within the desk's 7-day window): the incidents and the timeline follow, still
      // without a reload (the synthetic reports join the incidents shown, so the sources each lists grow)
      int alerts = driver.findElements(By.cssSelector("#alert-list li.alert")).size();
      long sourcesBefore = live.store.rowCounts().get("story_articles");
      assertEquals(sourcesBefore, sourcesShown(js));
      Files.writeString(inbox.resolve("drop2.jsonl.tmp"), LiveDeskTest.line(28) + LiveDeskTest.line(29));
      Files.move(inbox.resolve("drop2.jsonl.tmp"), inbox.resolve("drop2.jsonl"));
      waitUp().until(d -> d.findElements(By.cssSelector("#alert-list li.alert")).size() > alerts);
      long sourcesAfter = live.store.rowCounts().get("story_articles");
      assertTrue(sourcesAfter > sourcesBefore, "the store's stories took the reports: " + sourcesAfter);
      waitUp().until(d -> sourcesShown(js) == sourcesAfter);
      int second = live.store.rowCounts().get("stories").intValue();
      assertEquals(second, driver.findElements(By.cssSelector("#storylines .incident-bar")).size());
      noCspViolation();
      screenshot("dashboard-live.png");
    }
  }
}
