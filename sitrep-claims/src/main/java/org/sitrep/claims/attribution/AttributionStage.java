package org.sitrep.claims.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.QuoteMarks;
import org.sitrep.core.model.Attribution;
import org.sitrep.core.pipeline.ParseReader;
import org.sitrep.core.pipeline.SentenceNeed;
import org.sitrep.core.pipeline.Stage;

/**
 * {@code claims.attribution}: the stretches of text a source is credited with ("..., he said",
 * "according to ...", "X said that ...") and the speaker's canonical name and actor. Events and counts
 * take their {@code attribution} from the innermost scope that covers them.
 */
public final class AttributionStage implements Stage, ParseReader {
  /** The sentences with a verb of speech, "according", a quotation mark or a name. */
  @Override
  public SentenceNeed parseNeed() {
    return ParseNeeds.speech();
  }

  @Override
  public String name() {
    return "claims.attribution";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.DEPENDENCIES, Layers.ENTITY_MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.ATTRIBUTIONS);
  }

  @Override
  public Set<Layer<?>> uses() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public Document apply(Document doc) {
    DocIndex ix = new DocIndex(doc);
    List<org.sitrep.core.doc.CharSpan> quoted = QuoteMarks.spans(doc.text());
    SpeakerResolver speakers = new SpeakerResolver(ix, new Names(ix), quoted);
    List<Attribution.Scope> out = new ArrayList<>();
    for (Cue c : Cues.find(ix, speakers)) {
      int at = ix.token(c.cueToken()).span().start();
      if (quoted.stream().anyMatch(q -> q.contains(at))) {
        continue; // "I want to tell them that ..." inside a quotation: the quotation's speaker speaks
      }
      out.add(new Attribution.Scope(c.content(), c.speaker().attribution(c.cue())));
    }
    out.sort(Comparator.comparing(Attribution.Scope::span));
    return doc.with(Layers.ATTRIBUTIONS, List.copyOf(out));
  }

  /** The innermost scope covering {@code start..end}, or null. */
  public static Attribution innermost(List<Attribution.Scope> scopes, int start, int end) {
    Attribution.Scope best = null;
    for (Attribution.Scope s : scopes) {
      if (s.span().start() <= start && end <= s.span().end()
          && (best == null || s.span().length() < best.span().length())) {
        best = s;
      }
    }
    return best == null ? null : best.attribution();
  }
}
