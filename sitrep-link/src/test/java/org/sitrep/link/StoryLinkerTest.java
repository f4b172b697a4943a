package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleError;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.Disagreement;
import org.sitrep.core.model.StoryEvent;
import org.sitrep.core.model.StoryRecord;

class StoryLinkerTest {
  private static final StoryLinker LINKER = StoryLinker.create(LinkSettings.defaults());

  private static StoryRecord storyOf(LinkResult r, String doc) {
    return r.stories().stream().filter(s -> s.articles().contains(doc)).findFirst().orElseThrow();
  }

  private static StoryEvent eventWith(StoryRecord s, String mention) {
    return s.events().stream().filter(e -> e.mentions().contains(mention)).findFirst().orElseThrow();
  }

  @Test
  void link_groupsOneIncidentAndItsFollowUpIntoOneStoryline() {
    LinkResult r = LINKER.link(Fixtures.borderStory());
    StoryRecord s = storyOf(r, "a1");
    // the Apr 5 shelling; a3 (Apr 27) reports the second shelling of Apr 25: another incident, same storyline
    assertEquals(List.of("a1", "a2", "a4"), s.articles().stream().sorted().toList());
    StoryRecord later = storyOf(r, "a3");
    assertEquals(List.of("a3"), later.articles());
    assertEquals(s.storyline(), later.storyline());
    assertEquals(s.storyId(), later.follows());
    assertEquals(List.of("a5"), storyOf(r, "a5").articles());
    assertFalse(s.storyline().equals(storyOf(r, "a5").storyline()));
    assertEquals(3, r.stories().size());
    assertEquals(2, r.storylines().size());
    var line = r.storylines().stream().filter(l -> l.storylineId().equals(s.storyline())).findFirst().orElseThrow();
    assertEquals(List.of(s.storyId(), later.storyId()), line.incidents());
    assertEquals("2021-04-05", line.firstPublished());
    assertEquals("2021-04-27", line.lastPublished());
    assertTrue(line.places().contains("Zenda"), line.places().toString());
  }

  @Test
  void session_addingInBatchesGivesTheSameRecordsAsLinkingAllAtOnce() {
    List<ArticleRecord> docs = Fixtures.borderStory();
    LinkResult all = LINKER.link(docs);
    StoryLinker.Session s = LINKER.session();
    List<ArticleRecord> reversed = new ArrayList<>(docs);
    Collections.reverse(reversed);
    s.addAll(reversed.subList(0, 2));
    s.addAll(reversed.subList(2, reversed.size()));
    LinkResult inc = s.finish(docs);
    assertEquals(lines(all), lines(inc));
    assertEquals(all.storylines(), inc.storylines());
  }

  @Test
  void link_mergesOneEventAcrossOutletsWithCompositionDisagreement() {
    StoryRecord s = storyOf(LINKER.link(Fixtures.borderStory()), "a1");
    StoryEvent shelling = eventWith(s, "a1#e1");
    assertEquals(List.of("a1#e1", "a2#e1"), shelling.mentions().stream().sorted().toList());
    assertEquals("2021-04-05", shelling.date());
    Disagreement d = shelling.disagreements().stream().filter(x -> x.field().equals("size.dead")).findFirst()
        .orElseThrow();
    assertEquals("composition", d.kind());
    assertEquals(2, d.values().size());
    // the conservative figure, as ACLED codes disputed counts
    assertEquals(6L, shelling.size().get("dead").low());
  }

  @Test
  void link_keepsRetaliationAndLaterShellingApart() {
    LinkResult r = LINKER.link(Fixtures.borderStory());
    StoryRecord s = storyOf(r, "a1");
    StoryEvent retaliation = eventWith(s, "a1#e2");
    assertEquals(List.of("a1#e2", "a2#e2"), retaliation.mentions().stream().sorted().toList());
    assertEquals(List.of("a3#e2"), eventWith(storyOf(r, "a3"), "a3#e2").mentions());
    assertFalse(eventWith(s, "a1#e1").mentions().contains("a3#e2"));
  }

  @Test
  void link_flagsStoryFiguresOverDifferentPeriods() {
    StoryRecord s = storyOf(LINKER.link(Fixtures.borderStory()), "a1");
    Disagreement d = s.disagreements().stream().filter(x -> x.field().equals("counts.displaced")).findFirst()
        .orElseThrow();
    assertEquals("time_basis", d.kind());
  }

  @Test
  void link_givesUndatedArticleItsStorysDateMarkedInferred() {
    LinkResult r = LINKER.link(Fixtures.borderStory());
    ArticleRecord a4 = Fixtures.doc(r.articles(), "a4");
    assertEquals("2021-04-06", a4.published());
    assertEquals(Boolean.TRUE, a4.publishedInferred());
    ArticleRecord a1 = Fixtures.doc(r.articles(), "a1");
    assertEquals(Boolean.FALSE, a1.publishedInferred());
    // the undated article's event takes the story's year
    assertEquals("2021-04-06", eventWith(storyOf(r, "a4"), "a4#e1").date());
  }

  @Test
  void link_isDeterministicAndIndependentOfInputOrder() {
    List<ArticleRecord> docs = Fixtures.borderStory();
    String once = lines(LINKER.link(docs));
    assertEquals(once, lines(LINKER.link(docs)));
    List<ArticleRecord> shuffled = new ArrayList<>(docs);
    Collections.reverse(shuffled);
    // the result depends on the set of articles, not on their order
    assertEquals(once, lines(LINKER.link(shuffled)));
  }

  @Test
  void link_putsUnreadableArticleInAStoryOfItsOwn() {
    List<ArticleRecord> docs = new ArrayList<>(Fixtures.borderStory());
    docs.add(ArticleRecord.error("bad", null, new ArticleError("empty", "the input is empty")));
    LinkResult r = LINKER.link(docs);
    assertEquals(List.of("bad"), storyOf(r, "bad").articles());
    assertEquals(docs.size(), r.stories().stream().mapToInt(s -> s.articles().size()).sum());
  }

  @Test
  void link_writesTheContractsFieldNames() {
    String json = Json.line(storyOf(LINKER.link(Fixtures.borderStory()), "a1"));
    for (String f : List.of("\"story_id\"", "\"articles\"", "\"events\"", "\"mentions\"", "\"sources\"",
        "\"disagreements\"", "\"field\"", "\"kind\"", "\"values\"", "\"mention\"")) {
      assertTrue(json.contains(f), f);
    }
    assertNotNull(Json.read(json, StoryRecord.class).storyId());
  }

  /** A report whose text gives its dateline first and names a later date (an episode to air at Christmas). */
  private static ArticleRecord castingReport(String id, String published, boolean inferred) {
    String text = "August 4, 2031. The broadcaster named stage actor Orla Venn as the new lead of the series "
        + "Lantern Street on Sunday, ending weeks of speculation. Venn takes over from Ruben Haske, who leaves "
        + "in the December 25, 2031 special. Venn said she was thrilled to join Lantern Street.";
    List<org.sitrep.core.model.TimeRecord> times = List.of(
        new org.sitrep.core.model.TimeRecord("August 4, 2031", 0, 14, "DATE", "2031-08-04", null, null),
        new org.sitrep.core.model.TimeRecord("December 25, 2031", 176, 193, "DATE", "2031-12-25", null, null));
    return new ArticleRecord(id, "outlet-" + id, null, "Orla Venn to lead Lantern Street", published, inferred, "en",
        null, null, null, null, times, null, null, text);
  }

  @Test
  void clusterDate_prefersTheDatelineToAPublicationDateInferredFromALaterMention() {
    assertEquals(java.time.LocalDate.of(2031, 8, 4),
        StoryLinker.clusterDate(castingReport("r2", "2031-12-25", true)));
    // a date the source gave stays, whatever the text names first
    assertEquals(java.time.LocalDate.of(2031, 8, 5),
        StoryLinker.clusterDate(castingReport("r1", "2031-08-05", false)));
  }

  @Test
  void link_keepsAReportWithAWronglyInferredDateInItsIncident() {
    LinkResult r = LINKER.link(List.of(castingReport("r1", "2031-08-05", false),
        castingReport("r2", "2031-12-25", true)));
    assertEquals(List.of("r1", "r2"), storyOf(r, "r1").articles().stream().sorted().toList());
  }

  private static String lines(LinkResult r) {
    StringBuilder sb = new StringBuilder();
    r.stories().forEach(s -> sb.append(Json.line(s)).append('\n'));
    return sb.toString();
  }
}
