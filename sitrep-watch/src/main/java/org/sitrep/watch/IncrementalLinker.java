package org.sitrep.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.link.StoryLinker;

/**
 * An {@link IncidentLinker} over one {@link StoryLinker.Session}: each call removes from the session the articles
 * that left the window or whose content changed, adds those that entered (a revised article in its new version),
 * and takes the session's stories, so a pass costs the neighbourhood of what changed in the link step, not the
 * window. Not thread-safe: one desk drives it.
 */
final class IncrementalLinker implements IncidentLinker {
  private final StoryLinker.Session session;
  /** What the session holds: doc id to content hash. */
  private final Map<String, String> held = new HashMap<>();

  IncrementalLinker(StoryLinker linker) {
    this.session = linker.session();
  }

  @Override
  public List<StoryRecord> link(Map<String, ArticleRecord> window, Map<String, String> hashes) {
    List<String> gone = new ArrayList<>();
    held.forEach((doc, h) -> {
      if (!h.equals(hashes.get(doc))) {
        gone.add(doc);
      }
    });
    gone.forEach(doc -> {
      session.remove(doc);
      held.remove(doc);
    });
    window.forEach((doc, a) -> {
      String h = hashes.get(doc);
      if (h == null) {
        throw new IllegalArgumentException("no content hash for " + doc + " in the window");
      }
      if (!held.containsKey(doc)) {
        session.add(a);
        held.put(doc, h);
      }
    });
    return session.stories();
  }
}
