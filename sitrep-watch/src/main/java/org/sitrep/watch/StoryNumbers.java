package org.sitrep.watch;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.model.StoryEvent;
import org.sitrep.core.model.StoryRecord;

/**
 * The ids of the open stories beside the closed ones ({@link StoreStories}): the linker numbers the stories it holds
 * {@code s1, s2, ...} and their storylines {@code l1, l2, ...} in time order; in the store they take, in the same
 * order, the numbers above {@code base} that no closed story (storyline) holds. Closing the stories of whole
 * storylines therefore leaves the others their ids, and with nothing closed the ids are the linker's own. Not
 * thread-safe (one {@link StoreStories} uses it under its lock).
 */
final class StoryNumbers {
  private int storyBase;
  private int lineBase;
  private final BitSet closedStories = new BitSet();
  private final BitSet closedLines = new BitSet();

  /** Forgets every closed number: the next numbers start above these bases. */
  void reset(int storyBase, int lineBase) {
    this.storyBase = storyBase;
    this.lineBase = lineBase;
    closedStories.clear();
    closedLines.clear();
  }

  boolean identity() {
    return storyBase == 0 && lineBase == 0 && closedStories.isEmpty() && closedLines.isEmpty();
  }

  /** A closed story keeps its number (and its storyline's) out of the open stories' reach. */
  void close(StoryRecord st) {
    int s = number(st.storyId(), 's');
    if (s > storyBase) {
      closedStories.set(s);
    }
    int l = number(st.storyline(), 'l');
    if (l > lineBase) {
      closedLines.set(l);
    }
  }

  /** A reopened story's number is free again. */
  void reopen(String storyId, String storyline) {
    int s = number(storyId, 's');
    if (s > 0) {
      closedStories.clear(s);
    }
    int l = number(storyline, 'l');
    if (l > 0) {
      closedLines.clear(l);
    }
  }

  /** The linker's stories under the store's ids (their events, storyline, follows and related renamed too). */
  List<StoryRecord> apply(List<StoryRecord> linked) {
    if (identity()) {
      return linked;
    }
    Map<String, String> ids = new HashMap<>();
    int n = storyBase;
    for (StoryRecord st : linked) {
      n = closedStories.nextClearBit(n + 1);
      ids.put(st.storyId(), "s" + n);
    }
    int maxLine = 0;
    for (StoryRecord st : linked) {
      maxLine = Math.max(maxLine, number(st.storyline(), 'l'));
    }
    String[] lines = new String[maxLine + 1];
    int m = lineBase;
    for (int k = 1; k <= maxLine; k++) {
      m = closedLines.nextClearBit(m + 1);
      lines[k] = "l" + m;
    }
    List<StoryRecord> out = new ArrayList<>(linked.size());
    for (StoryRecord st : linked) {
      String id = ids.get(st.storyId());
      List<StoryEvent> events = new ArrayList<>(st.events().size());
      for (StoryEvent e : st.events()) {
        String eid = e.id() != null && e.id().startsWith(st.storyId() + "#")
            ? id + e.id().substring(st.storyId().length()) : e.id();
        events.add(new StoryEvent(eid, e.event(), e.date(), e.actor(), e.recipient(), e.location(), e.mentions(),
            e.sources(), e.disagreements(), e.status(), e.size(), e.agreements()));
      }
      int l = number(st.storyline(), 'l');
      out.add(st.withIds(id, events, l > 0 ? lines[l] : st.storyline(),
          st.follows() == null ? null : ids.getOrDefault(st.follows(), st.follows()),
          st.related().stream().map(r -> ids.getOrDefault(r, r)).toList()));
    }
    return out;
  }

  /** The number of an id such as {@code s12} or {@code l3}, 0 for null or another form. */
  static int number(String id, char prefix) {
    if (id == null || id.length() < 2 || id.charAt(0) != prefix) {
      return 0;
    }
    try {
      return Integer.parseInt(id.substring(1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
