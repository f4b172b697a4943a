package org.sitrep.link.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.bench.LinkBench;

class StoryClustererTest {
  private static ArticleRecord doc(String id, String date, String text) {
    return new ArticleRecord(id, null, null, null, date, false, "en", null, null, null, null, null, null, null, text);
  }

  private static final String QUAKE = "A strong earthquake of magnitude 6.8 struck the coastal province of Verania,"
      + " collapsing houses in the port town of Lisk and killing at least a dozen people, rescuers said.";
  private static final String QUAKE2 = "Rescuers in Lisk searched collapsed houses after the magnitude 6.8 earthquake"
      + " that struck Verania's coast, with the death toll from the quake rising.";
  private static final String VOTE = "Parliament in Ostland approved the budget after a long debate, with the ruling"
      + " coalition winning the vote by a narrow margin and the opposition promising to appeal.";

  @Test
  void add_joinsSimilarAndStartsNewForDifferent() {
    StoryClusterer c = new StoryClusterer(LinkSettings.defaults());
    LocalDate d = LocalDate.of(2021, 5, 1);
    assertTrue(c.add(ArticleFeatures.of(doc("q1", "2021-05-01", QUAKE), d)).created());
    assertTrue(c.add(ArticleFeatures.of(doc("v1", "2021-05-01", VOTE), d)).created());
    StoryClusterer.Assignment a = c.add(ArticleFeatures.of(doc("q2", "2021-05-02", QUAKE2), d.plusDays(1)));
    assertEquals(0, a.story());
    assertEquals(List.of(List.of("q1", "q2"), List.of("v1")), c.stories());
  }

  @Test
  void add_decaysWithTimeBeyondTheWindow() {
    StoryClusterer c = new StoryClusterer(LinkSettings.defaults());
    c.add(ArticleFeatures.of(doc("q1", null, QUAKE), LocalDate.of(2021, 5, 1)));
    // the same words a year later are another story
    assertTrue(c.add(ArticleFeatures.of(doc("q2", null, QUAKE2), LocalDate.of(2022, 5, 1))).created());
  }

  @Test
  void add_readsBoundedPostingsWhateverTheCorpusSize() {
    LinkSettings s = LinkSettings.defaults();
    StoryClusterer c = new StoryClusterer(s);
    for (ArticleRecord a : LinkBench.corpus(3000, 1000, 7)) {
      c.add(ArticleFeatures.of(a, LocalDate.parse(a.published())));
    }
    long[] work = c.work();
    // each article reads at most queryTerms + queryKeys lists, postingsScan entries each, and scores at most
    // maxCandidates stories
    assertTrue(work[0] <= 3000L * (s.queryTerms() + s.queryKeys()) * s.postingsScan());
    assertTrue(work[1] <= 3000L * s.maxCandidates());
    assertTrue(c.stories().stream().filter(l -> !l.isEmpty()).count() > 100, "a stream of many stories");
  }

  @Test
  void features_useEntitiesDatesAndDyads() {
    ArticleRecord a = org.sitrep.core.json.Json.read(("{'doc_id':'x','text':'Troops shelled the town.',"
        + "'entities':[{'text':'Erdogan','type':'PERSON','name':'Recep Tayyip Erdoğan'}],"
        + "'times':[{'text':'Feb. 3','type':'DATE','value':'2020-02-03'}],"
        + "'events':[{'event':'ASSAULT','actor':[{'country':'SYR'}],'recipient':[{'country':'TUR'}]}]}")
        .replace('\'', '"'), ArticleRecord.class);
    ArticleFeatures f = ArticleFeatures.of(a, null);
    assertTrue(f.keys().containsKey("n:recep tayyip erdogan"), f.keys().toString());
    assertTrue(f.keys().containsKey("d:2020-02-03"));
    assertTrue(f.keys().containsKey("v:ASSAULT:SYR>TUR"));
    assertTrue(f.terms().containsKey("shell"), f.terms().toString());
  }
}
