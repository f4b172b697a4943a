package org.sitrep.core.doc;

/**
 * The document sitrep analyses for an article: its title, a blank line, then its body, so that every stage
 * reads the title ("1 killed, 5 injured in shooting") with the body. {@link Layers#BODY_START} says where the
 * body begins; {@link org.sitrep.core.pipeline.ArticleAssembler} maps offsets back, so that the output's body
 * offsets index the article's {@code text} exactly and facts found in the title say so ({@code "in": "title"},
 * offsets into the title). An article without a title, or whose body already begins with its title, is
 * analysed as it is.
 */
public final class Titled {
  /** Between title and body: a paragraph break, which the sentence splitter always honours. */
  public static final String SEPARATOR = "\n\n";

  private Titled() {
  }

  /** The document to analyse for {@code a}. */
  public static Document document(Article a) {
    String title = a.title() == null ? "" : a.title().strip();
    if (title.isEmpty() || a.text().stripLeading().startsWith(title)) {
      return Document.of(a);
    }
    // one line: a line break inside a title must not split it into paragraphs (same length, offsets kept)
    String t = a.title().replaceAll("[\\r\\n\\u2028\\u2029]", " ");
    Article analysed = new Article(a.docId(), t + SEPARATOR + a.text(), a.source(), a.url(), a.title(),
        a.published(), a.language(), a.origin());
    return Document.of(analysed).with(Layers.BODY_START, t.length() + SEPARATOR.length());
  }

  /** Where the body begins in the document's text (0 where no title was put before it). */
  public static int bodyStart(Document d) {
    return d.getOr(Layers.BODY_START, 0);
  }

  /** The article's own body text, as read. */
  public static String body(Document d) {
    return d.text().substring(bodyStart(d));
  }
}
