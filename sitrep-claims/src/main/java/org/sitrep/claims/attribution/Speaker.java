package org.sitrep.claims.attribution;

import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.Attribution;

/**
 * Who says something: the canonical {@code name} where one is resolved (a full person name, an
 * organisation), the {@code text} as written ("he", "the ministry", "Erdogan") and the actor code.
 */
public record Speaker(String name, String text, ActorCode actor) {
  public Attribution attribution(String cue) {
    return new Attribution(name, cue, text, actor);
  }
}
