package org.sitrep.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.core.json.Json;

/**
 * What a news page says about itself: title, publication date, outlet, canonical URL and language, from
 * (in order of trust) JSON-LD ({@code NewsArticle.datePublished}, {@code headline}, {@code publisher.name}),
 * Open Graph and {@code article:} meta tags, other common meta tags (Dublin Core, {@code pubdate},
 * {@code itemprop}), {@code <time>} elements, and finally {@code <title>} and {@code <h1>}.
 */
public record PageMetadata(String title, String published, String source, String url, String language) {
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "blogposting", "analysisnewsarticle", "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
      "livebloggosting", "liveblogposting", "webpage", "report", "socialmediaposting");

  private static final String[] DATE_META = {
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=datePublished]",
      "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]",
      "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[name=dcterms.created]", "meta[name=dcterms.date]",
      "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[property=article:modified_time]"};

  /** Reads the metadata of a parsed page; {@code fallbackUrl} (a crawl's target URI) where the page names none. */
  public static PageMetadata of(Document page, String fallbackUrl) {
    List<JsonNode> ld = jsonLdArticles(page);
    String title = Texts.firstNonBlank(ldText(ld, "headline"), meta(page, "meta[property=og:title]"),
        meta(page, "meta[name=twitter:title]"), meta(page, "meta[name=title]"), titleTag(page), h1(page));
    String published = null;
    for (JsonNode n : ld) {
      published = WebDates.normalize(text(n.get("datePublished")));
      if (published == null) {
        published = WebDates.normalize(text(n.get("dateCreated")));
      }
      if (published != null) {
        break;
      }
    }
    for (int i = 0; published == null && i < DATE_META.length; i++) {
      published = WebDates.normalize(meta(page, DATE_META[i]));
    }
    if (published == null) {
      published = timeElement(page);
    }
    String source = Texts.firstNonBlank(meta(page, "meta[property=og:site_name]"), ldPublisher(ld),
        meta(page, "meta[name=application-name]"));
    String url = Texts.firstNonBlank(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "meta[property=og:url]"),
        fallbackUrl);
    String lang = Texts.firstNonBlank(page.select("html").attr("lang"), meta(page, "meta[http-equiv=content-language]"),
        meta(page, "meta[property=og:locale]"));
    return new PageMetadata(clean(title), published, clean(source), url, language(lang));
  }

  /** The primary language subtag ({@code en} for {@code en-GB} or {@code en_US}), lower case; null where absent. */
  static String language(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String t = tag.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
    return t.matches("[a-z]{2,3}") ? t : null;
  }

  private static String timeElement(Document page) {
    // a <time> marked as the publication time first, then one inside the article, then any
    for (String q : new String[] {"time[pubdate]", "time[itemprop=datePublished]", "article time[datetime]",
        "time[datetime]"}) {
      for (Element t : page.select(q)) {
        String d = WebDates.normalize(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static List<JsonNode> jsonLdArticles(Document page) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : page.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = Json.mapper().readTree(s.data());
      } catch (IOException | RuntimeException e) {
        continue; // broken JSON-LD is common; the meta tags still count
      }
      collect(root, out, 0);
    }
    return out;
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> collect(c, out, depth + 1));
      return;
    }
    if (!n.isObject()) {
      return;
    }
    JsonNode type = n.get("@type");
    boolean article = false;
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        article |= ARTICLE_TYPES.contains(t.asText("").toLowerCase(Locale.ROOT));
      }
    }
    if (article || n.has("datePublished")) {
      out.add(n);
    }
    collect(n.get("@graph"), out, depth + 1);
    collect(n.get("mainEntity"), out, depth + 1);
  }

  private static String ldText(List<JsonNode> ld, String field) {
    for (JsonNode n : ld) {
      String v = text(n.get(field));
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String ldPublisher(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode p = n.get("publisher");
      if (p != null && p.isArray() && !p.isEmpty()) {
        p = p.get(0);
      }
      String name = p == null ? null : p.isObject() ? text(p.get("name")) : text(p);
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    return null;
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isObject()) {
      return text(n.has("@value") ? n.get("@value") : n.get("name"));
    }
    return n.asText();
  }

  private static String meta(Document page, String query) {
    Element e = page.selectFirst(query);
    if (e == null) {
      return null;
    }
    String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
    return v.isBlank() ? null : v.strip();
  }

  private static String attr(Document page, String query, String attr) {
    Element e = page.selectFirst(query);
    String v = e == null ? "" : e.attr(attr);
    return v.isBlank() ? null : v;
  }

  private static String titleTag(Document page) {
    String t = page.title();
    return t.isBlank() ? null : t;
  }

  private static String h1(Document page) {
    Element h = page.selectFirst("h1");
    return h == null || h.text().isBlank() ? null : h.text();
  }

  private static String clean(String s) {
    return s == null ? null : s.replaceAll("\\s+", " ").strip();
  }
}
