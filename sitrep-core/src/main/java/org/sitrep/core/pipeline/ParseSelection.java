package org.sitrep.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.doc.Layers;

/**
 * Tells the stage that parses which sentences the pipeline's other stages read the parse of: the union of
 * their {@link ParseReader} needs, every sentence when a stage reads the parse without saying which, none when
 * no stage reads it (the parser then does not even load).
 */
final class ParseSelection {
  private ParseSelection() {
  }

  /** The sentences whose parse some of {@code stages} (other than its producer) reads. */
  static SentenceNeed need(List<Stage> stages) {
    SentenceNeed need = SentenceNeed.NONE;
    for (Stage s : stages) {
      if (s.produces().contains(Layers.DEPENDENCIES)) {
        continue;
      }
      if (s.requires().contains(Layers.DEPENDENCIES) || s.uses().contains(Layers.DEPENDENCIES)) {
        need = need.or(s instanceof ParseReader r ? r.parseNeed() : SentenceNeed.ALL);
      }
    }
    return need;
  }

  static List<Stage> apply(List<Stage> stages) {
    SentenceNeed need = need(stages);
    List<Stage> out = new ArrayList<>(stages.size());
    for (Stage s : stages) {
      out.add(s instanceof SelectiveParser p && s.produces().contains(Layers.DEPENDENCIES) ? p.parsingOnly(need) : s);
    }
    return out;
  }
}
