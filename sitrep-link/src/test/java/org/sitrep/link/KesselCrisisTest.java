package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;

/**
 * The hard case: one invented crisis (Kessel Province) with four incidents within six days, two of them in the
 * same town, each told by several outlets with different tolls and wording, a revised toll, a reaction, and two
 * unrelated stories of the same days (fixtures/kessel-crisis.jsonl, labels in kessel-crisis.gold.tsv).
 */
class KesselCrisisTest {
  private static final List<ArticleRecord> DOCS = Fixtures.read("/fixtures/kessel-crisis.jsonl");

  private static Map<String, String[]> gold() throws IOException {
    Map<String, String[]> g = new HashMap<>();
    try (InputStream in = KesselCrisisTest.class.getResourceAsStream("/fixtures/kessel-crisis.gold.tsv")) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank() && !l.startsWith("#")) {
          String[] f = l.split("\t");
          g.put(f[0], new String[] {f[1], f[2]});
        }
      }
    }
    return g;
  }

  /** B-cubed F1 of {@code pred} (first cluster listing a document wins, as score.py reads it). */
  static double bcubed(Map<String, String> gold, List<List<String>> pred) {
    Map<String, Integer> of = new HashMap<>();
    for (int i = 0; i < pred.size(); i++) {
      for (String d : pred.get(i)) {
        of.putIfAbsent(d, i);
      }
    }
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String> g : gold.entrySet()) {
      Integer k = of.get(g.getKey());
      long both = gold.keySet().stream().filter(d -> gold.get(d).equals(g.getValue()) && k.equals(of.get(d))).count();
      long inPred = of.values().stream().filter(k::equals).count();
      long inGold = gold.values().stream().filter(g.getValue()::equals).count();
      p += both / (double) inPred;
      r += both / (double) inGold;
    }
    p /= gold.size();
    r /= gold.size();
    return 2 * p * r / (p + r);
  }

  @Test
  void link_separatesIncidentsCloseInTimeAndPlace() throws IOException {
    LinkResult r = StoryLinker.create(LinkSettings.defaults()).link(DOCS);
    Map<String, String> incident = new HashMap<>();
    Map<String, String> line = new HashMap<>();
    gold().forEach((d, g) -> {
      incident.put(d, g[0]);
      line.put(d, g[1]);
    });
    double inc = bcubed(incident, r.stories().stream().map(StoryRecord::articles).toList());
    double lines = bcubed(line, r.storylines().stream().map(l -> l.articles()).toList());
    // measured 0.949 and 0.917 (docs/stories.md)
    assertTrue(inc >= 0.9, "incident B-cubed F1 " + inc);
    assertTrue(lines >= 0.85, "storyline B-cubed F1 " + lines);
  }

  @Test
  void link_keepsTheMarketShellingAndTheAmbushInOneTownApartInOneStoryline() {
    LinkResult r = StoryLinker.create(LinkSettings.defaults()).link(DOCS);
    StoryRecord market = storyOf(r, "h01");
    StoryRecord ambush = storyOf(r, "h09");
    assertNotEquals(market.storyId(), ambush.storyId());
    assertEquals(market.storyline(), ambush.storyline());
    // the revised toll two days later is the same incident, and the toll is disputed within it only
    assertTrue(market.articles().contains("h04"));
    assertTrue(market.events().stream().anyMatch(e -> e.disagreements().stream()
        .anyMatch(d -> d.field().equals("size.dead") && d.values().size() >= 2)));
    assertTrue(ambush.events().stream().allMatch(e -> e.mentions().stream().allMatch(m -> m.startsWith("h09")
        || m.startsWith("h10") || m.startsWith("h11"))));
  }

  @Test
  void session_addingDayByDayInAnyOrderGivesTheSameRecordsAsLinkingAllAtOnce() {
    StoryLinker linker = StoryLinker.create(LinkSettings.defaults());
    LinkResult all = linker.link(DOCS);
    List<ArticleRecord> shuffled = new ArrayList<>(DOCS);
    Collections.shuffle(shuffled, new java.util.Random(7));
    StoryLinker.Session s = linker.session();
    for (int i = 0; i < shuffled.size(); i += 3) {
      s.addAll(shuffled.subList(i, Math.min(i + 3, shuffled.size())));
    }
    LinkResult inc = s.finish(DOCS);
    assertEquals(all.stories(), inc.stories());
    assertEquals(all.storylines(), inc.storylines());
  }

  @Test
  void session_addingRemovingAndRevisingInAnyOrderGivesTheRecordsOfTheArticlesHeld() {
    StoryLinker linker = StoryLinker.create(LinkSettings.defaults());
    for (long seed = 1; seed <= 3; seed++) {
      java.util.Random rnd = new java.util.Random(seed);
      StoryLinker.Session s = linker.session();
      Map<String, ArticleRecord> held = new java.util.TreeMap<>();
      for (int step = 0; step < 24; step++) {
        ArticleRecord a = DOCS.get(rnd.nextInt(DOCS.size()));
        int what = rnd.nextInt(3);
        if (held.containsKey(a.docId()) && what == 0) {
          assertTrue(s.remove(a.docId()));
          held.remove(a.docId());
        } else if (held.containsKey(a.docId()) && what == 1) {
          // a revision: the same report, its date taken away (another bucket, the undated articles' weights)
          ArticleRecord revised = held.get(a.docId()).published() == null ? a : a.withPublished(null, false);
          s.remove(a.docId());
          s.add(revised);
          held.put(a.docId(), revised);
        } else {
          s.add(a);
          held.putIfAbsent(a.docId(), a);
        }
        if (rnd.nextInt(3) > 0) {
          s.update();
        }
        LinkResult batch = linker.link(List.copyOf(held.values()));
        assertEquals(batch.stories(), s.stories(), "seed " + seed + ", step " + step + ", holding " + held.keySet());
        assertEquals(batch.storylines(), s.finish(List.of()).storylines(), "seed " + seed + ", step " + step);
      }
      assertEquals(held.size(), s.size());
    }
  }

  private static StoryRecord storyOf(LinkResult r, String doc) {
    return r.stories().stream().filter(s -> s.articles().get(0).equals(doc) || s.articles().contains(doc)
        && !s.alsoArticles().contains(doc)).findFirst().orElseThrow();
  }
}
