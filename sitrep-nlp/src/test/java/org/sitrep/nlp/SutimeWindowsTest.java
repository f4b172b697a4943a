package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Token;

/** SUTime over a long sentence in windows: bounded cost, the same expressions, exact offsets (issue #18). */
class SutimeWindowsTest {
  private static final String DATE = "2025-03-06";

  @Test
  void windows_coverEveryTokenWithBoundedOverlap() {
    assertEquals(1, SutimeWindows.windows(120, 120).size(), "a sentence within the limit is read whole");
    for (int n : new int[] {121, 200, 1000, 3001}) {
      List<int[]> ws = SutimeWindows.windows(n, 120);
      assertEquals(0, ws.get(0)[0]);
      assertEquals(n, ws.get(ws.size() - 1)[1]);
      for (int i = 0; i < ws.size(); i++) {
        assertTrue(ws.get(i)[1] - ws.get(i)[0] <= 120);
        if (i > 0) {
          assertEquals(30, ws.get(i - 1)[1] - ws.get(i)[0], "windows overlap by a quarter");
        }
      }
      assertTrue(ws.size() <= n / 90 + 1, "linear in the length: " + ws.size() + " windows for " + n);
    }
  }

  /** A run-on sentence read in small windows gives the expressions (offsets and values) of a whole reading. */
  @Test
  void times_inWindowsMatchTheWholeSentence() {
    String[] parts = {"the envoy arrived on Tuesday", "rebels left the town two days ago", "talks resume next month",
        "the army said on March 4 2025", "aid convoys waited since last week", "officials met on Friday morning"};
    StringBuilder b = new StringBuilder("Officials said");
    for (int i = 0; i < 12; i++) {
      b.append(i % 2 == 0 ? " and " : " while ").append(parts[i % parts.length]);
    }
    String text = b.append(".").toString();
    CoreMap sentence = annotate(text);
    int tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
    assertTrue(tokens > 64, tokens + " tokens");
    List<String> whole = describe(read(sentence, text, 10_000));
    for (int window : new int[] {12, 16, 23}) {
      assertTrue(SutimeWindows.windows(tokens, window).size() > 3);
      assertEquals(whole, describe(read(sentence, text, window)), "window " + window);
    }
    assertTrue(whole.size() >= 10, whole.toString());
  }

  /**
   * Through the stage: a sentence far over the limit gives its times with offsets into the text and is not
   * parsed (CoreNLP's parser has no limit of its own); the short sentence before it is parsed.
   */
  @Test
  void apply_runOnSentenceTimesKeepOffsetsAndOnlyShortSentencesAreParsed() {
    StringBuilder b = new StringBuilder("Police arrested ten people.\n\nWitnesses said");
    for (int i = 0; i < 40; i++) {
      b.append(" the convoy moved north ").append(i % 2 == 0 ? "on Monday" : "last week").append(" and");
    }
    String text = b.append(" the talks end on Friday").toString(); // about 280 tokens, no stop
    Document d = new CoreNlpStage(NlpSettings.defaults()).apply(Document.of(new Article("r1", text, null, null, null,
        DATE, "en", "test")));
    List<Token> toks = d.get(Layers.TOKENS);
    assertEquals(2, d.get(Layers.SENTENCES).size());
    assertTrue(!d.get(Layers.DEPENDENCIES).get(0).isEmpty(), "the short sentence is parsed");
    assertEquals(List.of(), d.get(Layers.DEPENDENCIES).get(1), "the run-on sentence is not parsed");
    assertTrue(toks.size() > 2 * NlpSettings.defaults().maxSentenceTokens(), toks.size() + " tokens");
    List<TimeExpression> ts = d.get(Layers.TIMEX);
    assertEquals(41, ts.size(), ts.toString());
    for (TimeExpression t : ts) {
      assertEquals(t.text(), t.span().of(text), t.toString());
      assertEquals(t.span().start(), toks.get(t.tokens().start()).span().start(), t.toString());
      assertEquals(t.span().end(), toks.get(t.tokens().end() - 1).span().end(), t.toString());
    }
    TimeExpression last = ts.get(ts.size() - 1);
    assertEquals("Friday", last.text());
    assertTrue(last.value().startsWith("2025-03-"), last.toString());
  }

  private static CoreMap annotate(String text) {
    Annotation ann = new Annotation(text);
    ann.set(CoreAnnotations.DocDateAnnotation.class, DATE);
    CoreNlpModels.get(NlpSettings.defaults()).annotate(ann);
    List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(1, sents.size());
    return sents.get(0);
  }

  private static List<CoreMap> read(CoreMap sentence, String text, int window) {
    SutimePool pool = CoreNlpModels.sutime();
    SutimePool.Instance i = pool.borrow();
    try {
      return SutimeWindows.times(i, sentence, text, DATE, new SUTime.TimeIndex(), window, 0);
    } finally {
      pool.release(i);
    }
  }

  private static List<String> describe(List<CoreMap> times) {
    List<String> out = new ArrayList<>();
    for (CoreMap m : times) {
      out.add(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + "-"
          + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + " "
          + m.get(CoreAnnotations.TextAnnotation.class) + " = " + String.valueOf(m.get(TimeAnnotations.TimexAnnotation.class).value()));
    }
    return out;
  }
}
