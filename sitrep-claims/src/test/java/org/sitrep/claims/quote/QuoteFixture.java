package org.sitrep.claims.quote;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.QuoteRecord;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;

/** The quotations of a test article written for the speaker tests, with CoreNLP run once per article. */
final class QuoteFixture {
  private static final CoreNlpStage NLP = new CoreNlpStage(NlpSettings.defaults());
  private static final Map<String, List<QuoteRecord>> DONE = new ConcurrentHashMap<>();

  private QuoteFixture() {
  }

  /** The quotations of article {@code id} (its {@code text}, published on {@code published}). */
  static List<QuoteRecord> run(String id, String text, String published) {
    return DONE.computeIfAbsent(published + "/" + id, k -> {
      Document d = NLP.apply(Document.of(new Article(id, text, null, null, null, published, "en", "test")));
      return new QuoteStage().apply(d).get(Layers.QUOTES);
    });
  }

  /** The quotation of that article whose text starts with {@code start}; fails the test where there is none. */
  static QuoteRecord quote(String id, String text, String published, String start) {
    QuoteRecord q = run(id, text, published).stream().filter(x -> x.text().startsWith(start)).findFirst()
        .orElse(null);
    assertNotNull(q, "no quotation starting with '" + start + "' in " + run(id, text, published));
    return q;
  }
}
