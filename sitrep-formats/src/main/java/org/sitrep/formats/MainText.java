package org.sitrep.formats;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a news page, boilerplate removed: navigation, headers and footers, share bars, related
 * links, newsletter boxes, comments and ads. Our own extractor, in the family of the text-density methods
 * (Readability, Boilerpipe): it drops what is marked as page furniture, prefers the element the page marks
 * as the article ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}), and otherwise scores
 * block containers by the paragraph text they hold, penalising link-heavy blocks. Paragraphs are joined by
 * blank lines; inline markup is flattened.
 */
public final class MainText {
  /** Page furniture: elements whose class or id has one of these words are dropped. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?:^|[-_ ])(?:comments?|share|sharing|social|related|recommend(?:ed|ations)?|promo|newsletter|subscribe|"
          + "subscription|signup|sign-up|cookies?|consent|banner|advert\\w*|ads?|sponsor(?:ed)?|sidebar|footer|menu|"
          + "nav|navbar|navigation|breadcrumbs?|popup|modal|outbrain|taboola|paywall|tags|author-bio|bio|"
          + "header|most-read|mostread|trending|widget|disclaimer|skip|toolbar|masthead|byline|dateline|timestamp|"
          + "caption|credit|print-only|visually-hidden|sr-only)(?:$|[-_ ])", Pattern.CASE_INSENSITIVE);
  private static final String DROP = "script, style, noscript, template, svg, canvas, iframe, object, embed, form, "
      + "button, select, input, textarea, nav, aside, footer, header, figure, figcaption, menu, dialog, "
      + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo], "
      + "[role=banner], [role=dialog], [style~=display:\\s*none]";
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "li",
      "ul", "ol", "dl", "dd", "dt", "pre", "td", "th", "tr", "table", "tbody", "h2", "h3", "h4", "h5", "h6",
      "header", "center", "address");
  private static final Set<String> PARAGRAPHS = Set.of("p", "blockquote", "li", "pre", "h2", "h3", "h4", "h5",
      "h6", "dd", "td", "div", "section", "center", "address");
  private static final Pattern STOCK_LINE = Pattern.compile(
      "(?i)^(?:read more|read next|see also|related:?|advertisement|share (?:this|on)|follow us|sign up|subscribe|"
          + "click here|copyright|\u00a9|all rights reserved|by [A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3}$|"
          + "(?:updated|published|posted)\\b).*");
  private static final int MIN_ARTICLE_CHARS = 140;

  private MainText() {
  }

  /** The main text of the page (the page itself is not changed); empty where the page holds none. */
  public static String of(Document page) {
    Element body = page.body() == null ? null : page.body().clone();
    if (body == null) {
      return "";
    }
    body.select(DROP).remove();
    dropFurniture(body);
    Element root = markedArticle(body);
    if (root == null) {
      root = bestScored(body);
    }
    List<String> paras = new ArrayList<>();
    collect(root, paras);
    if (paras.isEmpty() && linkDensity(root) <= 0.5) {
      String all = root.text().replace('\u00a0', ' ').strip();
      return all;
    }
    return String.join("\n\n", paras);
  }

  /** Drops furniture, except an element that holds most of the page's paragraph text (a page-wide wrapper). */
  private static void dropFurniture(Element body) {
    int total = paragraphChars(body);
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      String marks = e.className() + " " + e.id();
      if (marks.isBlank() || !FURNITURE.matcher(marks).find()) {
        continue;
      }
      String tag = e.normalName();
      if ((tag.equals("article") || tag.equals("main")) || paragraphChars(e) * 10 > total * 6) {
        continue;
      }
      doomed.add(e);
    }
    doomed.forEach(Node::remove);
  }

  /** The element the page marks as its article, if it holds enough text; the one with the most where several. */
  private static Element markedArticle(Element body) {
    Element best = null;
    int bestChars = MIN_ARTICLE_CHARS - 1;
    for (String q : new String[] {"[itemprop=articleBody]", "article", "[role=main]", "main"}) {
      for (Element e : body.select(q)) {
        int c = paragraphChars(e);
        if (c > bestChars) {
          best = e;
          bestChars = c;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /** The container with the best paragraph score (Readability's idea: paragraphs vote for their ancestors). */
  private static Element bestScored(Element body) {
    Map<Element, Double> score = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, td, blockquote, div")) {
      if (p.normalName().equals("div") && hasBlockChild(p)) {
        continue;
      }
      String t = p.text();
      if (t.length() < 25) {
        continue;
      }
      double s = (1 + t.split(",", -1).length - 1 + Math.min(t.length() / 100.0, 3)) * (1 - linkDensity(p));
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, s, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          score.merge(grand, s / 2, Double::sum);
        }
      }
    }
    Element best = body;
    double bestScore = 0;
    for (Element e : body.getAllElements()) {
      Double s = score.get(e);
      if (s != null && s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return best;
  }

  /** Paragraph texts under {@code e}, in document order, leaving out link lists and stock lines. */
  private static void collect(Element e, List<String> out) {
    for (Element c : e.children()) {
      String tag = c.normalName();
      if (tag.equals("h1")) {
        continue; // the headline is the record's title
      }
      boolean block = PARAGRAPHS.contains(tag);
      if (block && !hasBlockChild(c)) {
        add(c, c.text(), out);
      } else {
        if (block || BLOCKS.contains(tag)) {
          String own = ownText(c);
          if (own.length() >= 20) {
            add(c, own, out);
          }
        }
        collect(c, out);
      }
    }
  }

  private static void add(Element e, String text, List<String> out) {
    String t = text.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").strip();
    if (t.isEmpty()) {
      return;
    }
    if (linkDensity(e) > 0.5) {
      return;
    }
    if (t.length() < 90 && STOCK_LINE.matcher(t).matches()) {
      return;
    }
    out.add(t);
  }

  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        sb.append(t.text());
      } else if (n instanceof Element c && !BLOCKS.contains(c.normalName()) && !hasBlockChild(c)) {
        sb.append(c.text());
      }
    }
    return sb.toString().strip();
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCKS.contains(c.normalName()) || hasBlockChild(c)) {
        return true;
      }
    }
    return false;
  }

  private static int paragraphChars(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    if (n == 0) {
      n = e.text().length() / 2; // pages without <p>: count the text, at half weight
    }
    return n;
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, links / (double) all);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
