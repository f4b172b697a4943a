package org.sitrep.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Titled;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.NumberValue;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.TextSpan;

class TitleOffsetsTest {
  private static final String TITLE = "Two killed in market blast";
  private static final String BODY = "A bomb exploded in Kano on Monday. Police said two people died.";

  private static Article article(String title) {
    return new Article("a1", BODY, null, null, title, "2024-05-06", "en", "test");
  }

  /** An event and a count at {@code off} of the analysed text, as a stage would report them. */
  private static Document withFacts(Document d, int off, int len) {
    String t = d.text();
    Evidence ev = new Evidence(off, off + len, t.substring(off, off + len));
    EventRecord e = new EventRecord("a1#e1", "ASSAULT", null, null, null, null, null, null, null, null, null,
        new PlaceRecord("x", off, off + 1, null, null, null, null, null, null, null, null), null, "occurred", null,
        ev, new TextSpan(off, off + 3, t.substring(off, off + 3)));
    CountRecord c = new CountRecord("dead", new NumberValue(2L, 2L, 2L, "exact", "Two"), null, null, null, null,
        "a1#e1", ev);
    return d.with(Layers.EVENTS, List.of(e)).with(Layers.COUNTS, List.of(c))
        .with(Layers.PLACES, List.of(new PlaceRecord("x", off, off + 1, null, null, null, null, null, null, null,
            null)));
  }

  @Test
  void titleIsAnalysedBeforeTheBodyAndTheBodyStartIsKept() {
    Document d = Titled.document(article(TITLE));
    assertEquals(TITLE + "\n\n" + BODY, d.text());
    assertEquals(TITLE.length() + 2, Titled.bodyStart(d));
    assertEquals(BODY, Titled.body(d));
  }

  @Test
  void noTitleOrATitleTheBodyRepeatsLeavesTheTextAlone() {
    assertEquals(BODY, Titled.document(article(null)).text());
    assertEquals(BODY, Titled.document(article("  ")).text());
    assertFalse(Titled.document(article("A bomb exploded")).has(Layers.BODY_START));
  }

  @Test
  void aLineBreakInATitleDoesNotMoveItsOffsets() {
    Document d = Titled.document(article("Two killed\nin blast"));
    assertTrue(d.text().startsWith("Two killed in blast\n\n"));
  }

  @Test
  void factsInTheTitleSayTheyAreThereWithOffsetsIntoTheTitle() {
    Document d = withFacts(Titled.document(article(TITLE)), 0, TITLE.length());
    ArticleRecord r = ArticleAssembler.assemble(d, true);
    EventRecord e = r.events().get(0);
    assertEquals("title", e.evidence().in());
    assertEquals(TITLE, TITLE.substring(e.evidence().start(), e.evidence().end()));
    assertEquals("title", e.trigger().in());
    assertEquals("title", e.location().in());
    assertEquals("title", r.counts().get(0).evidence().in());
    assertTrue(r.places().isEmpty(), "the places list indexes the body only");
    assertEquals(BODY, r.text());
    assertTrue(Json.line(e).contains("\"in\":\"title\""));
  }

  @Test
  void bodyOffsetsIndexTheArticleTextExactlyAsWithoutATitle() {
    int inBody = BODY.indexOf("Police");
    Document d = Titled.document(article(TITLE));
    int start = Titled.bodyStart(d) + inBody;
    ArticleRecord r = ArticleAssembler.assemble(withFacts(d, start, 6), false);
    EventRecord e = r.events().get(0);
    assertNull(e.evidence().in());
    assertEquals("Police", BODY.substring(e.evidence().start(), e.evidence().end()));
    assertEquals("Pol", BODY.substring(e.trigger().start(), e.trigger().end()));
    assertEquals(inBody, r.counts().get(0).evidence().start());
    assertEquals(inBody, r.places().get(0).start());
    assertFalse(Json.line(e).contains("\"in\""), "body spans keep the record as it was");
  }

  @Test
  void mappingKeepsEveryOtherFieldOfEventsQuotesAndEntities() {
    TitleOffsets at = new TitleOffsets(TITLE.length() + 2);
    int b = TITLE.length() + 2;
    Evidence ev = new Evidence(b, b + 10, "A bomb exp");
    TextSpan tr = new TextSpan(b + 2, b + 6, "bomb");
    EventRecord e = new EventRecord("a1#e1", "ASSAULT", null, null, null, null, null, null, null, "2024-05-06", null,
        null, null, "occurred", null, ev, tr, List.of(new org.sitrep.core.model.EventMention(tr, ev),
        new org.sitrep.core.model.EventMention(new TextSpan(4, 10, "killed"), new Evidence(0, 26, TITLE))),
        true, 0.75, "stated");
    EventRecord m = at.event(e);
    assertEquals(List.of(2, 4), m.mentions().stream().map(x -> x.trigger().start()).toList());
    assertEquals("title", m.mentions().get(1).trigger().in());
    assertEquals(Boolean.TRUE, m.background());
    assertEquals(0.75, m.salience());
    assertEquals("stated", m.dateBasis());
    org.sitrep.core.model.QuoteRecord q = at.quote(new org.sitrep.core.model.QuoteRecord("x y", b + 1, b + 4, "direct",
        "A B", "he", null, "said", "sitrep:abc"));
    assertEquals("sitrep:abc", q.speakerId());
    assertEquals(1, q.start());
    org.sitrep.core.model.EntityRecord en = at.entity(new org.sitrep.core.model.EntityRecord("Kano", b + 19, b + 23,
        "CITY", "Kano", null, "sitrep:k"));
    assertEquals("sitrep:k", en.id());
    assertEquals(19, en.start());
  }
}
