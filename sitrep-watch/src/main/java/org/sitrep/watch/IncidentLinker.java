package org.sitrep.watch;

import java.util.List;
import java.util.Map;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.StoryLinker;

/**
 * The desk's only contact with {@link StoryLinker}: the stories of the articles in the current window. Both
 * implementations give the same stories for the same window (the linker's result depends on the set of articles
 * only): {@link #incremental} keeps a linker session and updates it with what entered, left or was revised since
 * the last call; {@link #relinking} links the whole window each time (the reference, and the desk before the
 * incremental linker). An instance belongs to one desk.
 */
public interface IncidentLinker {
  /** The stories of {@code window} (doc id to record), {@code hashes} its articles' content hashes by doc id. */
  List<StoryRecord> link(Map<String, ArticleRecord> window, Map<String, String> hashes);

  /** The stories of these articles (a window of its own; a record's content hash is its {@code hashCode}). */
  default List<StoryRecord> link(List<ArticleRecord> articles) {
    Map<String, ArticleRecord> byDoc = new java.util.LinkedHashMap<>();
    Map<String, String> hashes = new java.util.LinkedHashMap<>();
    for (ArticleRecord a : articles) {
      byDoc.put(a.docId(), a);
      hashes.put(a.docId(), Integer.toHexString(a.hashCode()));
    }
    return link(byDoc, hashes);
  }

  /** The incremental linker with the standard settings. */
  static IncidentLinker standard() {
    return incremental(LinkSettings.defaults());
  }

  static IncidentLinker incremental(LinkSettings settings) {
    return new IncrementalLinker(StoryLinker.create(settings));
  }

  static IncidentLinker relinking(LinkSettings settings) {
    StoryLinker linker = StoryLinker.create(settings);
    return (window, hashes) -> linker.link(window.values().stream()
        .sorted(java.util.Comparator.comparing(ArticleRecord::docId)).toList()).stories();
  }
}
