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
}
