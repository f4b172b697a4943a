package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Token;

/** The CoreNLP stage on a text written for this test. Loads the models once (~20 s). */
class CoreNlpStageTest {
  static CoreNlpStage stage;
  static Document doc;
  static final String TEXT = "Kenya\u2019s President William Ruto said on Monday that police had arrested 14 people"
      + " in Mombasa today.\r\n\r\n\u201CWe will not allow violence,\u201D he told reporters in Nairobi on Feb. 5.";

  @BeforeAll
  static void load() {
    stage = new CoreNlpStage(NlpSettings.defaults());
    doc = stage.apply(Document.of(new Article("t1", TEXT, null, null, null, "2020-02-12", "en", "test")));
  }

  @Test
  void apply_tokensCarryOffsetsIntoTheOriginalText() {
    for (Token t : doc.get(Layers.TOKENS)) {
      String surface = t.span().of(TEXT);
      assertFalse(surface.isBlank(), "token " + t);
      assertTrue(t.pos() != null && t.lemma() != null && t.ner() != null, "token " + t);
    }
    assertEquals(2, doc.get(Layers.SENTENCES).size());
  }

  @Test
  void apply_fineGrainedEntities() {
    List<Mention> ms = doc.get(Layers.ENTITY_MENTIONS);
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("William Ruto") && m.type().equals("PERSON")), ms.toString());
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Kenya") && m.type().equals("COUNTRY")), ms.toString());
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Nairobi") && m.type().equals("CITY")), ms.toString());
    assertTrue(ms.stream().noneMatch(m -> m.text().equalsIgnoreCase("he")), "pronouns are not named mentions");
  }

  @Test
  void apply_timesResolvedAgainstTheArticleDate() {
    List<TimeExpression> ts = doc.get(Layers.TIMEX);
    assertTrue(ts.stream().anyMatch(t -> t.text().equals("today") && t.value().equals("2020-02-12")), ts.toString());
    assertTrue(ts.stream().anyMatch(t -> t.text().equals("Feb. 5") && t.value().equals("2020-02-05")), ts.toString());
    assertTrue(ts.stream().anyMatch(t -> t.text().equals("Monday") && t.value().startsWith("2020-02-")), ts.toString());
  }

  @Test
  void apply_timeModifierAndRange() {
    Document d = stage.apply(Document.of(new Article("t3", "Troops must leave by the end of the month, the minister"
        + " said on Tuesday.", null, null, null, "2020-02-05", "en", "test")));
    TimeExpression end = d.get(Layers.TIMEX).stream().filter(t -> t.text().contains("end of the month")).findFirst()
        .orElseThrow(() -> new AssertionError(d.get(Layers.TIMEX).toString()));
    assertEquals("LATE", end.modifier(), end.toString()); // SUTime's name for the end of a period
    assertEquals("(2020-02-01,2020-02-29,P1M)", end.range(), end.toString());
  }

  @Test
  void apply_numbersNormalised() {
    assertTrue(doc.get(Layers.NUMBERS).stream().anyMatch(n -> n.text().equals("14") && n.value() == 14.0));
  }

  @Test
  void parsingOnly_parsesTheSelectedSentencesAsBeforeAndLeavesTheOthersWithoutArcs() {
    Document some = stage.parsingOnly(org.sitrep.core.pipeline.SentenceNeed.anyToken(t -> t.text().equals("reporters")))
        .apply(Document.of(new Article("t1", TEXT, null, null, null, "2020-02-12", "en", "test")));
    assertEquals(List.of(), some.get(Layers.DEPENDENCIES).get(0));
    assertEquals(doc.get(Layers.DEPENDENCIES).get(1), some.get(Layers.DEPENDENCIES).get(1));
    assertFalse(some.get(Layers.DEPENDENCIES).get(1).isEmpty());
    assertEquals(doc.get(Layers.TOKENS), some.get(Layers.TOKENS), "the parse changes nothing else");
    assertEquals(doc.get(Layers.ENTITY_MENTIONS), some.get(Layers.ENTITY_MENTIONS));
    Document none = stage.parsingOnly(org.sitrep.core.pipeline.SentenceNeed.NONE)
        .apply(Document.of(new Article("t1", TEXT, null, null, null, "2020-02-12", "en", "test")));
    assertTrue(none.get(Layers.DEPENDENCIES).stream().allMatch(List::isEmpty), none.get(Layers.DEPENDENCIES).toString());
    assertEquals(2, none.get(Layers.DEPENDENCIES).size(), "one (empty) list of arcs per sentence");
  }

  @Test
  void parsingEverySentence_ignoresWhatTheStagesRead() {
    Document all = stage.parsingEverySentence().parsingOnly(org.sitrep.core.pipeline.SentenceNeed.NONE)
        .apply(Document.of(new Article("t1", TEXT, null, null, null, "2020-02-12", "en", "test")));
    assertEquals(doc.get(Layers.DEPENDENCIES), all.get(Layers.DEPENDENCIES));
  }

  @Test
  void allGraphs_givesTheSameLayers() {
    NlpSettings all = NlpSettings.from(new org.sitrep.core.pipeline.StageContext(
        java.util.Map.of("nlp.all_graphs", "true"), java.util.Set.of()));
    assertTrue(all.allGraphs());
    assertFalse(NlpSettings.defaults().allGraphs(), "the default builds the enhanced++ graph only");
    Document five = new CoreNlpStage(all)
        .apply(Document.of(new Article("t1", TEXT, null, null, null, "2020-02-12", "en", "test")));
    assertEquals(doc.get(Layers.DEPENDENCIES), five.get(Layers.DEPENDENCIES));
    assertEquals(doc.get(Layers.TOKENS), five.get(Layers.TOKENS));
  }

  @Test
  void apply_dependencyParseHasSubjectOfArrested() {
    List<Token> toks = doc.get(Layers.TOKENS);
    int arrested = toks.stream().filter(t -> t.text().equals("arrested")).findFirst().orElseThrow().index();
    List<Dependency> deps = doc.get(Layers.DEPENDENCIES).get(0);
    assertTrue(deps.stream().anyMatch(d -> d.governor() == arrested && d.relation().equals("nsubj")
        && toks.get(d.dependent()).text().equals("police")), deps.toString());
  }

  @Test
  void apply_noDateLeavesYearUnknown() {
    Document d = stage.apply(Document.of(new Article("t2", "Troops withdrew on Feb. 5.", null, null, null, null,
        "en", "test")));
    assertTrue(d.get(Layers.TIMEX).stream().anyMatch(t -> t.value().equals("XXXX-02-05")), d.get(Layers.TIMEX)
        .toString());
  }

  /** A weekday's date depends on its own sentence only, not on what SUTime read before (issue #18). */
  @Test
  void apply_weekdayNotSteeredByAnEarlierSentenceOrArticle() {
    String neutral = "The vote is on Tuesday.";
    String alone = tuesday(neutral);
    assertEquals("2025-03-04", alone, "the closest Tuesday to Thursday 2025-03-06");
    // "will ... Tuesday" resolves to the next Tuesday; SUTime used to leave that hint on its shared TUESDAY
    assertEquals("2025-03-11", tuesday("The talks will resume on Tuesday."));
    assertEquals(alone, tuesday(neutral), "an earlier article's tense leaked into this one");
    Document two = stage.apply(Document.of(new Article("w3", "The talks will resume on Tuesday.\n\n" + neutral,
        null, null, null, "2025-03-06", "en", "test")));
    List<TimeExpression> ts = two.get(Layers.TIMEX);
    assertEquals(2, ts.size(), ts.toString());
    assertEquals("2025-03-04", ts.get(1).value(), "an earlier sentence's tense leaked into this one: " + ts);
  }

  /**
   * The words left out of temporal-cues.tsv make no time expression on their own: SUTime, run on a sentence
   * whose only candidates are those words, finds nothing, so skipping such sentences loses no date.
   */
  @Test
  void sutime_findsNothingInASentenceWithOnlyTheLeftOutWords() {
    String text = "The former minister said the new term would end soon, later than the era of early reform,"
        + " since the middle of a recent period of fiscal change that began in late autumn's beginning until now.";
    String without = text.replace(" in late autumn's beginning until now", "");
    edu.stanford.nlp.pipeline.Annotation ann = new edu.stanford.nlp.pipeline.Annotation(without);
    CoreNlpModels.get(NlpSettings.defaults()).tag(ann);
    edu.stanford.nlp.util.CoreMap sentence = ann.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class)
        .get(0);
    List<String> words = sentence.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).stream()
        .map(edu.stanford.nlp.ling.CoreLabel::word).toList();
    assertFalse(TemporalCues.any(words), words.toString());
    SutimePool.Instance sutime = CoreNlpModels.sutime().borrow();
    try {
      assertEquals(List.of(), sutime.sentence(sentence, "2025-03-06", new edu.stanford.nlp.time.SUTime.TimeIndex()),
          "SUTime found a time expression where no cue word is: temporal-cues.tsv misses a word");
    } finally {
      CoreNlpModels.sutime().release(sutime);
    }
    // with a time word the same sentence is read, and its modifiers and relations with it
    Document d = stage.apply(Document.of(new Article("c", text, null, null, null, "2025-03-06", "en", "test")));
    assertTrue(d.get(Layers.TIMEX).stream().anyMatch(t -> t.text().contains("autumn")), d.get(Layers.TIMEX)
        .toString());
  }

  @Test
  void sutimePool_instancesStartClean() {
    SutimePool pool = new SutimePool();
    SutimePool.Instance i = pool.borrow();
    assertFalse(SutimePool.sharedValues(new edu.stanford.nlp.time.TimeAnnotator("t", new java.util.Properties()))
        .isEmpty(), "SUTime's rule environment was found");
    assertTrue(i.clean());
    pool.release(i);
    assertTrue(pool.borrow() == i, "a released instance is reused");
  }

  private static String tuesday(String text) {
    Document d = stage.apply(Document.of(new Article("w", text, null, null, null, "2025-03-06", "en", "test")));
    return d.get(Layers.TIMEX).stream().filter(t -> t.text().equals("Tuesday")).findFirst()
        .orElseThrow(() -> new AssertionError(d.get(Layers.TIMEX).toString())).value();
  }

  /** A text cut into sections for CoreNLP gives the same layers as one call, offsets into the whole text. */
  @Test
  void apply_longTextInSectionsKeepsOffsets() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      b.append("Police in Nairobi arrested ").append(i + 2).append(" protesters on Monday, officials said. ")
          .append("The minister of interior will visit Mombasa on Friday.\n\n");
    }
    String text = b.toString();
    Article a = new Article("s1", text, null, null, null, "2025-03-06", "en", "test");
    Document whole = stage.apply(Document.of(a));
    NlpSettings small = new NlpSettings(false, true, 120, NlpSettings.ALL_NER_MODELS, 1000);
    Document cut = new CoreNlpStage(small).apply(Document.of(a));
    assertTrue(Sections.split(text, 1000).size() > 1, "the text is cut");
    assertEquals(whole.get(Layers.TOKENS), cut.get(Layers.TOKENS));
    assertEquals(whole.get(Layers.SENTENCES), cut.get(Layers.SENTENCES));
    assertEquals(whole.get(Layers.TIMEX), cut.get(Layers.TIMEX));
    assertEquals(whole.get(Layers.ENTITY_MENTIONS), cut.get(Layers.ENTITY_MENTIONS));
    assertEquals(whole.get(Layers.NUMBERS), cut.get(Layers.NUMBERS));
    assertEquals(whole.get(Layers.DEPENDENCIES), cut.get(Layers.DEPENDENCIES));
    for (Token t : cut.get(Layers.TOKENS)) {
      if (t.text().matches("[A-Za-z0-9]+")) {
        assertEquals(t.text(), t.span().of(text), t.toString());
      }
    }
  }

  @Test
  void sections_cutAtParagraphsThenStopsThenSpaces() {
    String t = "One two three.\n\nFour five six. Seven eight nine ten eleven.";
    List<int[]> s = Sections.split(t, 20);
    assertEquals(16, s.get(0)[1], "after the blank line");
    int covered = 0;
    for (int[] x : s) {
      assertEquals(covered, x[0]);
      assertTrue(x[1] - x[0] <= 20);
      covered = x[1];
    }
    assertEquals(t.length(), covered);
    assertEquals(1, Sections.split(t, 1000).size());
    List<int[]> hard = Sections.split("x".repeat(50), 20);
    assertEquals(3, hard.size());
  }
}
