package org.sitrep.watch;

import java.util.Comparator;
import java.util.List;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.StoryLinker;

/**
 * The desk's only contact with {@link StoryLinker} (an adapter: when the linker gains a truly incremental API, this
 * file changes, nothing else). Links the articles of the current window into stories; the input is put in doc-id
 * order first, so the same window always gives the same stories, whatever order the articles arrived in.
 */
public final class IncidentLinker {
  private final StoryLinker linker;

  public IncidentLinker(LinkSettings settings) {
    this.linker = StoryLinker.create(settings);
  }

  public static IncidentLinker standard() {
    return new IncidentLinker(LinkSettings.defaults());
  }

  public List<StoryRecord> link(List<ArticleRecord> window) {
    List<ArticleRecord> sorted = window.stream().sorted(Comparator.comparing(ArticleRecord::docId)).toList();
    return linker.link(sorted).stories();
  }
}
