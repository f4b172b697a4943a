package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The configuration file: the documented example parses; mistakes are refused with the key and the fix. */
class WatchConfigTest {
  static final Path BASE = Path.of("/desk");

  /** The first JSON block of docs/watch.md. */
  static String documentedExample() throws Exception {
    String md = Files.readString(Path.of("..", "docs", "watch.md"));
    int start = md.indexOf("```json\n") + 8;
    return md.substring(start, md.indexOf("```", start));
  }

  static String error(String json) {
    return assertThrows(IllegalArgumentException.class, () -> WatchConfig.parse(json, "desk.json", BASE)).getMessage();
  }

  @Test
  void parse_documentedExample() throws Exception {
    WatchConfig c = WatchConfig.parse(documentedExample().replace("\"secret_env\": \"SITREP_HOOK_SECRET\"",
        "\"secret\": \"0123456789abcdef0123\""), "watch.md", BASE);
    assertEquals(BASE.resolve("inbox"), c.folders().get(0).path());
    assertEquals(Duration.ofSeconds(2), c.folders().get(0).settle());
    assertEquals(2, c.feeds().size());
    assertEquals("wire-world", c.feeds().get(0).name());
    assertEquals(Duration.ofMinutes(10), c.feeds().get(1).interval());
    assertEquals(4, c.rules().size());
    WatchConfig.Rule r = c.rules().get(0);
    assertEquals(WatchConfig.Trigger.NEW_INCIDENT, r.on());
    assertEquals(Set.of("SYR", "TUR"), r.countries());
    assertEquals(Map.of("dead", 10L), r.minSize());
    assertEquals(Set.of("deadly-syria", "tolls"), c.webhooks().get(0).rules());
    assertTrue(!c.webhooks().get(0).toString().contains("0123456789"), "the secret is never printed");
  }

  @Test
  void parse_defaults() {
    WatchConfig c = WatchConfig.parse("{\"feeds\": [{\"url\": \"http://127.0.0.1:8000/rss\"}]}", "desk.json", BASE);
    assertEquals("127.0.0.1", c.feeds().get(0).name());
    assertEquals(Duration.ofMinutes(5), c.feeds().get(0).interval());
    assertEquals(5_000_000, c.fetch().maxBytes());
    assertEquals(7, c.link().windowDays());
    assertEquals(Duration.ZERO, c.link().storeStories(), "the store's stories follow every pass");
    assertEquals(Duration.ofMinutes(5), WatchConfig.parse("{\"folders\": [{\"path\": \"in\"}], \"link\":"
        + " {\"store_stories_every\": \"5m\"}}", "desk.json", BASE).link().storeStories());
    assertTrue(c.fetch().userAgent().startsWith("sitrep-watch/"));
  }

  @Test
  void parse_mistakes_nameTheKeyAndTheFix() {
    assertTrue(error("{\"folders\": [{\"path\": \"in\", \"intervall\": \"5s\"}]}")
        .contains("unknown key folders[0].intervall; the keys here are [batch, interval, path, settle]"));
    assertTrue(error("{\"folders\": [{\"path\": \"in\", \"interval\": \"5 minutes\"}]}")
        .contains("folders[0].interval: must be a duration such as"));
    assertTrue(error("{\"feeds\": [{\"url\": \"file:///etc/passwd\"}]}")
        .contains("feeds[0].url: 'file:///etc/passwd' must be an http:// or https:// URL"));
    assertTrue(error("{\"folders\": [{\"path\": \"in\"}], \"alerts\": {\"rules\": [{\"name\": \"a\", \"on\": \"toll\"}]}}")
        .contains("alerts.rules[0].on: 'toll' is not a trigger; use new_incident, disagreement or revised_toll"));
    assertTrue(error("{\"folders\": [{\"path\": \"in\"}], \"alerts\": {\"rules\": [{\"name\": \"a\", \"on\": \"new_incident\","
        + " \"countries\": [\"SY\"]}]}}").contains("alerts.rules[0].countries: 'SY' is not an ISO 3166 alpha-3 code"));
    assertTrue(error("{\"folders\": [{\"path\": \"in\"}], \"alerts\": {\"webhooks\": [{\"url\": \"http://h/x\","
        + " \"secret_env\": \"SITREP_NO_SUCH_VARIABLE_42\"}]}}").contains("the environment variable"
        + " SITREP_NO_SUCH_VARIABLE_42 is not set"));
    assertTrue(error("{\"folders\": [{\"path\": \"in\"}], \"alerts\": {\"webhooks\": [{\"url\": \"http://h/x\","
        + " \"secret\": \"short\"}]}}").contains("at least 16 characters"));
    assertTrue(error("{\"folders\": [{\"path\": \"in\"}], \"link\": {\"window_days\": 0}}")
        .contains("link.window_days: must be a positive whole number, not 0"));
    assertTrue(error("{\"folders\": [{\"path\": \"in\", \"interval\": \"0s\"}]}")
        .contains("folders[0].interval: must be a duration such as \"250ms\""), "only the stories' interval may be 0");
    assertTrue(error("{}").contains("nothing to watch"));
    assertTrue(error("{\"folders\": [}").contains("desk.json is not valid JSON (line 1"));
    assertTrue(error("{\"feeds\": [{\"url\": \"http://a/x\", \"name\": \"a\"}, {\"url\": \"http://b/x\", \"name\": \"a\"}]}")
        .contains("two feeds are named 'a'"));
  }
}
