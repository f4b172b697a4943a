package org.sitrep.core.model;

import org.sitrep.core.doc.CharSpan;

/** Who makes a claim, where it is not the outlet itself: the speaker's canonical name and the cue. */
public record Attribution(String speaker, String cue, String speakerText, ActorCode speakerActor) {

  /** A stretch of text and the attribution that covers it ("..., the ministry said"). */
  public record Scope(CharSpan span, Attribution attribution) {
  }
}
