package org.sitrep.watch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one configuration file of {@code sitrep watch} (JSON; {@code //} comments allowed): the folders and feeds
 * to follow, fetch limits, the linking window, alert rules and webhooks. Read and checked whole at start: an
 * unknown key, a wrong type or a bad value fails with a message naming the key and the fix. Example and keys:
 * docs/watch.md.
 */
public record WatchConfig(List<Folder> folders, List<Feed> feeds, Fetch fetch, Link link, List<Rule> rules,
                          List<Webhook> webhooks) {
  public WatchConfig {
    folders = List.copyOf(folders);
    feeds = List.copyOf(feeds);
    rules = List.copyOf(rules);
    webhooks = List.copyOf(webhooks);
  }

  /** A folder followed for new and changed files (any format {@code analyze} reads, WARC drops included). */
  public record Folder(Path path, Duration interval, Duration settle, int batch) {
  }

  /** An RSS or Atom feed polled every {@code interval}; {@code name} names it in ids, logs and alerts. */
  public record Feed(String name, URI url, Duration interval) {
  }

  /** Limits of every fetch: timeout, largest body, the User-Agent sent, the longest backoff after errors. */
  public record Fetch(Duration timeout, long maxBytes, String userAgent, Duration maxBackoff) {
  }

  /**
   * Incidents are linked over the articles published within {@code windowDays} of the newest, at most
   * {@code maxArticles}; the store's stories (the dashboard's) are updated incrementally at most every
   * {@code storeStories} (zero: in every pass that stored something, before its alerts go out), over the stored
   * articles whose storylines ended within {@code storeStoriesDays} of the newest, at most
   * {@code storeStoriesMaxArticles} (older storylines are closed: kept in the store, out of memory).
   */
  public record Link(int windowDays, int maxArticles, Duration storeStories, boolean storeStoriesIncremental,
                     int storeStoriesDays, int storeStoriesMaxArticles) {
    /** The horizon's defaults: 90 days (beyond the linker's 60-day storyline window), 10,000 articles. */
    public static final int STORIES_DAYS = 90;
    public static final int STORIES_MAX_ARTICLES = 10_000;

    public Link(int windowDays, int maxArticles, Duration storeStories) {
      this(windowDays, maxArticles, storeStories, true, STORIES_DAYS, STORIES_MAX_ARTICLES);
    }
  }

  /** What a rule reacts to. */
  public enum Trigger {
    NEW_INCIDENT, DISAGREEMENT, REVISED_TOLL;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * An alert rule: what it reacts to, and which incidents it watches (every filter optional): event types
   * (PLOVER), countries (ISO alpha-3 of an actor, recipient or the place), and figures at least this high
   * ({@code dead >= 10}) in any source.
   */
  public record Rule(String name, Trigger on, Set<String> eventTypes, Set<String> countries, Map<String, Long> minSize) {
    public Rule {
      eventTypes = Set.copyOf(eventTypes);
      countries = Set.copyOf(countries);
      minSize = Map.copyOf(minSize);
    }
  }

  /** A webhook: alerts POSTed as JSON, signed with HMAC-SHA256 of the body under {@code secret}; {@code rules} empty for all. */
  public record Webhook(URI url, String secret, int retries, Set<String> rules) {
    public Webhook {
      rules = Set.copyOf(rules);
    }

    @Override
    public String toString() {
      return "Webhook[" + url + "]"; // never the secret
    }
  }

  static final String DEFAULT_USER_AGENT = "sitrep-watch/0.1 (news monitor; GPL-3.0; +sitrep watch)";
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  /** Reads and checks a configuration file; relative folder paths are resolved against the file's folder. */
  public static WatchConfig load(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the watch configuration " + file + ": " + e.getMessage()
          + "; give an existing JSON file (example in docs/watch.md)");
    }
    Path base = file.toAbsolutePath().getParent();
    return parse(json, file.toString(), base);
  }

  /** Parses and checks configuration text; {@code origin} names it in errors. */
  public static WatchConfig parse(String json, String origin, Path base) {
    JsonNode root;
    try (JsonParser p = MAPPER.createParser(json)) {
      root = MAPPER.readTree(p);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(origin + " is not valid JSON (line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + origin + ": " + e.getMessage());
    }
    if (!(root instanceof ObjectNode o)) {
      throw new IllegalArgumentException(origin + ": the configuration must be a JSON object with keys folders,"
          + " feeds, fetch, link, alerts (example in docs/watch.md)");
    }
    Obj top = new Obj(origin, "", o, Set.of("folders", "feeds", "fetch", "link", "alerts"));
    List<Folder> folders = top.list("folders", f -> {
      Obj x = f.expect(Set.of("path", "interval", "settle", "batch"));
      Path p = Path.of(x.string("path", null, true));
      return new Folder(base == null ? p : base.resolve(p).normalize(), x.duration("interval", Duration.ofSeconds(10)),
          x.duration("settle", Duration.ofSeconds(1)), (int) x.positiveLong("batch", 100));
    });
    List<Feed> feeds = top.list("feeds", f -> {
      Obj x = f.expect(Set.of("name", "url", "interval"));
      URI url = x.url("url");
      String name = x.string("name", url.getHost(), false);
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
        throw x.error("name", "'" + name + "' is not a feed name: use letters, digits, '.', '_' or '-' (it goes into ids)");
      }
      return new Feed(name, url, x.duration("interval", Duration.ofMinutes(5)));
    });
    Set<String> names = new LinkedHashSet<>();
    for (Feed f : feeds) {
      if (!names.add(f.name())) {
        throw new IllegalArgumentException(origin + ": two feeds are named '" + f.name() + "'; give each a distinct"
            + " \"name\"");
      }
    }
    Obj fe = top.object("fetch", Set.of("timeout", "max_bytes", "user_agent", "max_backoff"));
    Fetch fetch = new Fetch(fe.duration("timeout", Duration.ofSeconds(20)), fe.positiveLong("max_bytes", 5_000_000),
        fe.string("user_agent", DEFAULT_USER_AGENT, false), fe.duration("max_backoff", Duration.ofHours(1)));
    Obj li = top.object("link", Set.of("window_days", "max_articles", "store_stories_every", "store_stories",
        "store_stories_days", "store_stories_max_articles"));
    Link link = new Link((int) li.positiveLong("window_days", 7), (int) li.positiveLong("max_articles", 5000),
        li.duration("store_stories_every", Duration.ZERO, true),
        li.oneOf("store_stories", List.of("incremental", "relink"), "incremental").equals("incremental"),
        (int) Math.min(Integer.MAX_VALUE, li.positiveLong("store_stories_days", Link.STORIES_DAYS)),
        (int) Math.min(Integer.MAX_VALUE, li.positiveLong("store_stories_max_articles", Link.STORIES_MAX_ARTICLES)));
    Obj al = top.object("alerts", Set.of("rules", "webhooks"));
    Set<String> ruleNames = new LinkedHashSet<>();
    List<Rule> rules = al.list("rules", r -> {
      Obj x = r.expect(Set.of("name", "on", "event_types", "countries", "min_size"));
      String name = x.string("name", null, true);
      if (!ruleNames.add(name)) {
        throw x.error("name", "two rules are named '" + name + "'; give each a distinct name");
      }
      String on = x.string("on", null, true);
      Trigger t = null;
      for (Trigger k : Trigger.values()) {
        if (k.key().equals(on)) {
          t = k;
        }
      }
      if (t == null) {
        throw x.error("on", "'" + on + "' is not a trigger; use new_incident, disagreement or revised_toll");
      }
      Set<String> types = new LinkedHashSet<>();
      x.strings("event_types").forEach(s -> types.add(s.toUpperCase(Locale.ROOT)));
      Set<String> countries = new LinkedHashSet<>();
      for (String c : x.strings("countries")) {
        if (!c.matches("[A-Za-z]{3}")) {
          throw x.error("countries", "'" + c + "' is not an ISO 3166 alpha-3 code (SYR, TUR, UKR, ...)");
        }
        countries.add(c.toUpperCase(Locale.ROOT));
      }
      Map<String, Long> min = new LinkedHashMap<>();
      Obj ms = x.object("min_size", null);
      ms.node.fields().forEachRemaining(e -> min.put(e.getKey(), ms.positiveLong(e.getKey(), 0)));
      return new Rule(name, t, types, countries, min);
    });
    List<Webhook> hooks = al.list("webhooks", h -> {
      Obj x = h.expect(Set.of("url", "secret", "secret_env", "retries", "rules"));
      URI url = x.url("url");
      String secret = x.string("secret", null, false);
      String env = x.string("secret_env", null, false);
      if (env != null) {
        secret = System.getenv(env);
        if (secret == null || secret.isEmpty()) {
          throw x.error("secret_env", "the environment variable " + env + " is not set; set it to the webhook's"
              + " shared secret before starting sitrep watch");
        }
      }
      if (secret == null || secret.length() < 16) {
        throw x.error(env != null ? "secret_env" : "secret", "a webhook needs a shared secret of at least 16"
            + " characters (\"secret_env\": \"NAME\" reads it from the environment; prefer that to \"secret\")");
      }
      Set<String> only = new LinkedHashSet<>(x.strings("rules"));
      for (String r : only) {
        if (!ruleNames.contains(r)) {
          throw x.error("rules", "no rule is named '" + r + "' (rules: " + ruleNames + ")");
        }
      }
      return new Webhook(url, secret, (int) x.positiveLong("retries", 5), only);
    });
    if (folders.isEmpty() && feeds.isEmpty()) {
      throw new IllegalArgumentException(origin + ": nothing to watch; add \"folders\": [{\"path\": \"inbox\"}] or"
          + " \"feeds\": [{\"url\": \"https://...\"}]");
    }
    return new WatchConfig(folders, feeds, fetch, link, rules, hooks);
  }

  /** Parses {@code 90s}, {@code 5m}, {@code 1h}, {@code 250ms}, {@code 1d}. */
  static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  /** One JSON object of the configuration, with its path for messages; refuses keys it does not know. */
  private static final class Obj {
    final String origin;
    final String path;
    final ObjectNode node;

    Obj(String origin, String path, ObjectNode node, Set<String> known) {
      this.origin = origin;
      this.path = path;
      this.node = node;
      if (known != null) {
        node.fieldNames().forEachRemaining(k -> {
          if (!known.contains(k)) {
            throw new IllegalArgumentException(origin + ": unknown key " + key(k) + "; the keys here are "
                + new java.util.TreeSet<>(known) + " (see docs/watch.md)");
          }
        });
      }
    }

    Obj expect(Set<String> known) {
      return new Obj(origin, path, node, known);
    }

    String key(String k) {
      return path.isEmpty() ? k : path + "." + k;
    }

    IllegalArgumentException error(String k, String message) {
      return new IllegalArgumentException(origin + ": " + key(k) + ": " + message);
    }

    String string(String k, String dflt, boolean required) {
      JsonNode v = node.get(k);
      if (v == null || v.isNull()) {
        if (required) {
          throw error(k, "is required");
        }
        return dflt;
      }
      if (!v.isTextual() || v.asText().isBlank()) {
        throw error(k, "must be a non-empty string, not " + v);
      }
      return v.asText().strip();
    }

    String oneOf(String k, List<String> allowed, String dflt) {
      String v = string(k, dflt, false);
      if (!allowed.contains(v)) {
        throw error(k, "'" + v + "' is not one of " + String.join(", ", allowed));
      }
      return v;
    }

    List<String> strings(String k) {
      JsonNode v = node.get(k);
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw error(k, "must be a list of strings such as [\"a\", \"b\"], not " + v);
      }
      List<String> out = new ArrayList<>();
      for (JsonNode e : v) {
        if (!e.isTextual() || e.asText().isBlank()) {
          throw error(k, "must hold non-empty strings only, not " + e);
        }
        out.add(e.asText().strip());
      }
      return out;
    }

    long positiveLong(String k, long dflt) {
      JsonNode v = node.get(k);
      if (v == null || v.isNull()) {
        return dflt;
      }
      if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0 || (dflt > 0 && v.asLong() == 0)) {
        throw error(k, "must be a " + (dflt > 0 ? "positive" : "non-negative") + " whole number, not " + v);
      }
      return v.asLong();
    }

    Duration duration(String k, Duration dflt) {
      return duration(k, dflt, false);
    }

    Duration duration(String k, Duration dflt, boolean zero) {
      JsonNode v = node.get(k);
      if (v == null || v.isNull()) {
        return dflt;
      }
      Duration d = v.isTextual() ? WatchConfig.duration(v.asText()) : null;
      if (d == null || (d.isZero() && !zero)) {
        throw error(k, "must be a duration such as " + (zero ? "\"0s\", " : "") + "\"250ms\", \"30s\", \"5m\","
            + " \"1h\" or \"1d\", not " + v);
      }
      return d;
    }

    URI url(String k) {
      String s = string(k, null, true);
      URI u;
      try {
        u = new URI(s);
      } catch (java.net.URISyntaxException e) {
        throw error(k, "'" + s + "' is not a URL: " + e.getReason());
      }
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw error(k, "'" + s + "' must be an http:// or https:// URL with a host");
      }
      return u;
    }

    Obj object(String k, Set<String> known) {
      JsonNode v = node.get(k);
      if (v == null || v.isNull()) {
        return new Obj(origin, key(k), MAPPER.createObjectNode(), known);
      }
      if (!(v instanceof ObjectNode o)) {
        throw error(k, "must be an object {...}, not " + v);
      }
      return new Obj(origin, key(k), o, known);
    }

    <T> List<T> list(String k, Function<Obj, T> each) {
      JsonNode v = node.get(k);
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw error(k, "must be a list [{...}, ...], not " + v);
      }
      List<T> out = new ArrayList<>();
      int i = 0;
      for (JsonNode e : v) {
        String p = key(k) + "[" + i++ + "]";
        if (!(e instanceof ObjectNode o)) {
          throw new IllegalArgumentException(origin + ": " + p + " must be an object {...}, not " + e);
        }
        out.add(each.apply(new Obj(origin, p, o, null)));
      }
      return out;
    }
  }
}
