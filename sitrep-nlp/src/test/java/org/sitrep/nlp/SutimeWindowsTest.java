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

  @Test
  void cueSpans_surroundEachCueAndMergeWhenTheyMeet() {
    List<String> words = List.of("Rebels", "shelled", "the", "town", "on", "Tuesday", "and", "again", "on",
        "Wednesday", ",", "the", "governor", "of", "the", "northern", "province", "told", "reporters", "in", "2019",
        ".");
    List<int[]> spans = SutimeWindows.cueSpans(words, 2);
    assertEquals(2, spans.size(), "Tuesday and Wednesday are four tokens apart: one span; the year is apart");
    assertEquals(List.of(3, 12), List.of(spans.get(0)[0], spans.get(0)[1]));
    assertEquals(List.of(18, 22), List.of(spans.get(1)[0], spans.get(1)[1]), "clipped at the sentence's end");
    assertEquals(1, SutimeWindows.cueSpans(words, 20).size());
    assertEquals(List.of(), SutimeWindows.cueSpans(List.of("Police", "arrested", "ten", "people", "."), 6));
  }

  @Test
  void ranges_cutASpanLongerThanTheLimitIntoWindows() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      words.add(i % 3 == 0 ? "week" : "and");
    }
    List<int[]> rs = SutimeWindows.ranges(words, 20, 6);
    assertEquals(0, rs.get(0)[0]);
    assertEquals(60, rs.get(rs.size() - 1)[1]);
    assertTrue(rs.size() > 2 && rs.stream().allMatch(r -> r[1] - r[0] <= 20), "windows of at most 20 tokens");
  }

  /**
   * Reading only the tokens near each cue gives the expressions, values and offsets of reading the whole
   * sentence, including the past or future a verb a few tokens away gives a weekday (SUTime's tense rules).
   */
  @Test
  void times_nearTheCuesMatchTheWholeSentence() {
    String text = "The minister said on Saturday that he had met the delegation in the capital, according to a statement"
        + " released by his office after a long meeting with the opposition leaders and the heads of the largest"
        + " trade unions of the country, and the envoy will travel on Tuesday to the border region to inspect the"
        + " camps, where aid agencies have been working since the end of last year with very little money.";
    CoreMap sentence = annotate(text);
    List<String> words = sentence.get(CoreAnnotations.TokensAnnotation.class).stream()
        .map(edu.stanford.nlp.ling.CoreLabel::word).toList();
    assertTrue(SutimeWindows.ranges(words, 120, 6).size() >= 3, "the cues are far apart: several ranges");
    List<String> whole = describe(read(sentence, text, 120, 0), text);
    assertEquals(whole, describe(read(sentence, text, 120, 6), text));
    assertTrue(whole.size() >= 3, whole.toString());
    assertTrue(whole.stream().anyMatch(w -> w.contains("Saturday = 2025-03-01")), "past: " + whole);
    assertTrue(whole.stream().anyMatch(w -> w.contains("Tuesday = 2025-03-11")), "future: " + whole);
  }

  /**
   * SUTime is loaded lazily: a sentence whose every cue window sitrep's own tagger reads ("on Tuesday") builds no
   * SUTime instance; the first window left to SUTime ("three days ago": the tagger reads no duration) builds one,
   * and a lease gives it back to its pool when closed.
   */
  @Test
  void lease_buildsSutimeOnlyForAWindowTheOwnTaggerLeaves() {
    SutimePool pool = new SutimePool();
    String own = "The delegation met the provincial governor on Tuesday in the northern town.";
    try (SutimePool.Lease lease = pool.lease()) {
      List<SutimeWindows.Timed> found = SutimeWindows.times(lease, annotate(own), own, DATE, new SUTime.TimeIndex(),
          120, 6, true);
      assertEquals(List.of("Tuesday = 2025-03-04"), found.stream()
          .map(t -> own.substring(t.begin(), t.end()) + " = " + t.value()).toList());
    }
    assertEquals(0, pool.built(), "the own tagger read the only window: no SUTime was loaded");
    String ago = "The delegation met the provincial governor three days ago in the northern town.";
    try (SutimePool.Lease lease = pool.lease()) {
      List<SutimeWindows.Timed> found = SutimeWindows.times(lease, annotate(ago), ago, DATE,
          new SUTime.TimeIndex(), 120, 6, true);
      assertTrue(found.stream().anyMatch(t -> ago.substring(t.begin(), t.end()).contains("three days ago")),
          found.toString());
    }
    assertEquals(1, pool.built(), "a duration before now is SUTime's: one instance was loaded");
    SutimePool.Instance back = pool.borrow();
    assertEquals(1, pool.built(), "the closed lease gave its instance back to the pool");
    pool.release(back);
  }

  private static CoreMap annotate(String text) {
    Annotation ann = new Annotation(text);
    ann.set(CoreAnnotations.DocDateAnnotation.class, DATE);
    CoreNlpModels.get(NlpSettings.defaults()).annotate(ann);
    List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(1, sents.size());
    return sents.get(0);
  }

  private static List<SutimeWindows.Timed> read(CoreMap sentence, String text, int window) {
    return read(sentence, text, window, 0);
  }

  private static List<SutimeWindows.Timed> read(CoreMap sentence, String text, int window, int reach) {
    try (SutimePool.Lease lease = CoreNlpModels.sutime().lease()) {
      return SutimeWindows.times(lease, sentence, text, DATE, new SUTime.TimeIndex(), window, reach, false);
    }
  }

  /** Offsets, the text at those offsets, value. */
  private static List<String> describe(List<SutimeWindows.Timed> times, String text) {
    List<String> out = new ArrayList<>();
    for (SutimeWindows.Timed m : times) {
      out.add(m.begin() + "-" + m.end() + " " + text.substring(m.begin(), m.end()) + " = " + m.value() + " "
          + m.modifier() + " " + m.range());
    }
    return out;
  }

  private static List<String> describe(List<SutimeWindows.Timed> times) {
    List<String> out = new ArrayList<>();
    for (SutimeWindows.Timed m : times) {
      out.add(m.begin() + "-" + m.end() + " = " + m.value());
    }
    return out;
  }
}
