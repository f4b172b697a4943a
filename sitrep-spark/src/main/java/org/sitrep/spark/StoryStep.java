package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryEvent;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.StoryLinker;

/**
 * Links one group of articles (one {@link StoryKeys} key) with the same {@link StoryLinker} as
 * {@code sitrep link}, and names its stories after the key so that ids are unique across groups:
 * {@code 2020-01-30/SY/s1}, with events {@code 2020-01-30/SY/s1#x1} and storyline {@code 2020-01-30/SY/l1}
 * (storylines are formed within a group).
 */
public final class StoryStep {
  private StoryStep() {
  }

  public static List<StoryRecord> link(String key, List<ArticleRecord> group, LinkSettings settings) {
    List<ArticleRecord> sorted = new ArrayList<>(group);
    sorted.sort(Comparator.comparing(ArticleRecord::docId)); // shuffles deliver groups in any order
    List<StoryRecord> out = new ArrayList<>();
    for (StoryRecord s : StoryLinker.create(settings).link(sorted).stories()) {
      out.add(rename(s, key + "/" + s.storyId()));
    }
    return out;
  }

  static StoryRecord rename(StoryRecord s, String id) {
    String old = s.storyId();
    String prefix = id.substring(0, id.length() - old.length());
    List<StoryEvent> events = new ArrayList<>();
    for (StoryEvent e : s.events()) {
      String eid = e.id() != null && e.id().startsWith(old + "#") ? id + e.id().substring(old.length()) : e.id();
      events.add(new StoryEvent(eid, e.event(), e.date(), e.actor(), e.recipient(), e.location(), e.mentions(),
          e.sources(), e.disagreements(), e.status(), e.size(), e.agreements()));
    }
    return s.withIds(id, events, s.storyline() == null ? null : prefix + s.storyline(),
        s.follows() == null ? null : prefix + s.follows(), s.related().stream().map(r -> prefix + r).toList());
  }
}
