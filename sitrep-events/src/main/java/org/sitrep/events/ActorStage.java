package org.sitrep.events;

import java.util.Set;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.pipeline.ParseReader;
import org.sitrep.core.pipeline.SentenceNeed;
import org.sitrep.core.pipeline.Stage;

/**
 * {@code events.actors}: every named mention (person, organisation, nationality, country, ...) with its
 * canonical name (within-article name resolution) and actor code {country, sector}. See docs/events.md.
 */
public final class ActorStage implements Stage, ParseReader {
  public ActorStage() {
    ActorLexicon.get(); // load the tables now, not on the first article
  }

  /** The sentences with a named mention. */
  @Override
  public SentenceNeed parseNeed() {
    return ParseNeeds.names();
  }

  @Override
  public String name() {
    return "events.actors";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.ENTITY_MENTIONS, Layers.DEPENDENCIES);
  }

  /** Places, when resolved, keep a place that NER ran into a person's name out of the name. */
  @Override
  public Set<Layer<?>> uses() {
    return Set.of(Layers.PLACES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public Document apply(Document doc) {
    return doc.with(Layers.ENTITIES, Entities.resolve(doc, new Parse(doc)));
  }
}
