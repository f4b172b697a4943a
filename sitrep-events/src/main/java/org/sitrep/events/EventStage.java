package org.sitrep.events;

import java.util.Set;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.pipeline.ParseReader;
import org.sitrep.core.pipeline.SentenceNeed;
import org.sitrep.core.pipeline.Stage;

/**
 * {@code events.plover}: PLOVER-coded events from the dependency parse, with actors and recipients resolved
 * to country and sector, status, date, attribution, evidence and trigger. See docs/events.md.
 */
public final class EventStage implements Stage, ParseReader {
  private static final SentenceNeed NEED = ParseNeeds.triggers();

  public EventStage() {
    Lexicon.get();
    ActorLexicon.get();
  }

  /** The sentences with a trigger word of the lexicon or a verb of speech. */
  @Override
  public SentenceNeed parseNeed() {
    return NEED;
  }

  @Override
  public String name() {
    return "events.plover";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.DEPENDENCIES, Layers.ENTITY_MENTIONS, Layers.ENTITIES,
        Layers.TIMEX);
  }

  @Override
  public Set<Layer<?>> uses() {
    return Set.of(Layers.ATTRIBUTIONS, Layers.PLACES, Layers.TIMES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.EVENTS);
  }

  @Override
  public Document apply(Document doc) {
    return doc.with(Layers.EVENTS, new EventCoder(doc).code());
  }
}
