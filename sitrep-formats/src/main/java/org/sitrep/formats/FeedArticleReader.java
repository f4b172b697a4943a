package org.sitrep.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.ArticleReader;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.InputSource;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.model.ErrorCodes;

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds ({@code .rss}, {@code .atom}, {@code .xml}): each item is an
 * article, its text from the item's full content ({@code content:encoded}, Atom {@code content}) or else its
 * summary ({@code description}, {@code summary}), HTML flattened to paragraphs. Linked pages are not fetched.
 * Ids are the file's id and the item's position ({@code feed#3}); the outlet is the channel's title.
 *
 * <p>The XML is parsed leniently, as feed readers do (real feeds are often not well-formed): an item whose
 * markup is broken still yields what can be recovered. A file that is not a feed, a feed without items and
 * an item without text each give an error item.
 */
public final class FeedArticleReader implements ArticleReader {
  private static final List<String> CONTENT = List.of("content:encoded", "content", "description", "summary",
      "dc:description");
  private static final List<String> DATES = List.of("pubDate", "published", "dc:date", "dcterms:issued", "issued",
      "dcterms:created", "created", "updated", "dcterms:modified", "modified", "a10:updated");

  @Override
  public boolean accepts(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml");
  }

  @Override
  public void read(InputSource source, ReadOptions options, Consumer<InputItem> sink) throws IOException {
    String name = source.name();
    String base = source.baseId();
    Document xml;
    try (InputStream in = source.open()) {
      xml = Jsoup.parse(in, null, "", Parser.xmlParser());
    }
    Element root = xml.children().isEmpty() ? null : xml.child(0);
    String rootName = root == null ? "" : root.tagName().toLowerCase(Locale.ROOT);
    if (!(rootName.equals("rss") || rootName.equals("feed") || rootName.endsWith("rdf"))) {
      sink.accept(InputItem.error(base, name, ErrorCodes.MALFORMED_INPUT, name + " is not an RSS or Atom feed"
          + (root == null ? " (it holds no XML elements)" : " (its root element is <" + root.tagName() + ">)")
          + "; give sitrep RSS 2.0, RSS 1.0 or Atom, or rename the file if it holds something else"));
      return;
    }
    boolean atom = rootName.equals("feed");
    Element channel = atom ? root : first(root, "channel");
    String outlet = channel == null ? null : childText(channel, "title");
    String lang = PageMetadata.language(channel == null ? root.attr("xml:lang")
        : Texts.firstNonBlank(childText(channel, "language"), channel.attr("xml:lang"), root.attr("xml:lang")));
    Elements items = xml.getElementsByTag(atom ? "entry" : "item");
    if (items.isEmpty()) {
      sink.accept(InputItem.error(base, name, ErrorCodes.EMPTY, name + " is a feed without items"));
      return;
    }
    int n = 0;
    for (Element item : items) {
      n++;
      sink.accept(item(item, atom, base + "#" + n, name + " item " + n, outlet, lang, options));
    }
  }

  private static InputItem item(Element item, boolean atom, String id, String origin, String outlet, String lang,
                                ReadOptions options) {
    String html = null;
    for (String tag : CONTENT) {
      Element c = first(item, tag);
      if (c != null) {
        String v = c.children().isEmpty() ? c.text() : c.html();
        if (!v.isBlank()) {
          html = v;
          break;
        }
      }
    }
    String title = clean(childText(item, "title"));
    if (html == null) {
      return InputItem.error(id, origin, ErrorCodes.MISSING_TEXT, origin + (title == null ? "" : " ('" + title + "')")
          + " has no content, description or summary; linked pages are not fetched");
    }
    String text = MainText.of(Jsoup.parseBodyFragment(html));
    if (text.isBlank()) {
      return InputItem.error(id, origin, ErrorCodes.EMPTY, origin + (title == null ? "" : " ('" + title + "')")
          + " has an empty content or summary");
    }
    String published = null;
    for (String tag : DATES) {
      published = WebDates.normalize(childText(item, tag));
      if (published != null) {
        break;
      }
    }
    if (published == null) {
      published = options.defaultDate();
    }
    String url = null;
    if (atom) {
      for (Element l : item.getElementsByTag("link")) {
        String rel = l.attr("rel");
        if (rel.isEmpty() || rel.equals("alternate")) {
          url = l.attr("href");
          break;
        }
      }
    } else {
      url = Texts.firstNonBlank(childText(item, "link"), item.attr("rdf:about"));
      Element guid = first(item, "guid");
      if (url == null && guid != null && !guid.attr("isPermaLink").equals("false")) {
        url = guid.text();
      }
    }
    String source = outlet;
    Element src = first(item, "source");
    if (src != null && !atom && !src.text().isBlank()) {
      source = src.text().strip(); // RSS <source>: the outlet an aggregator took the item from
    }
    return InputItem.of(new Article(id, text, clean(source), blankToNull(url), title, published, lang, origin));
  }

  private static Element first(Element e, String tag) {
    Elements l = e.getElementsByTag(tag);
    return l.isEmpty() ? null : l.first();
  }

  private static String childText(Element parent, String tag) {
    for (Element c : parent.children()) {
      if (c.tagName().equalsIgnoreCase(tag)) {
        String t = c.text();
        return t.isBlank() ? null : t.strip();
      }
    }
    return null;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.contains("<") || s.matches("(?s).*&#?[A-Za-z0-9]+;.*") ? Jsoup.parseBodyFragment(s).text() : s;
    t = t.replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
