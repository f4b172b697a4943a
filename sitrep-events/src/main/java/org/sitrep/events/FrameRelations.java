package org.sitrep.events;

import java.util.Set;

/** The dependency relations that carry a trigger's recipient, by the trigger's frame and part of speech. */
final class FrameRelations {
  private FrameRelations() {}

  static Set<String> recipient(Lexicon.Frame frame, boolean noun) {
    return switch (frame) {
      case TRANS -> noun ? Set.of("nmod:against", "nmod:on", "nmod:upon", "nmod:at", "nmod:of", "nmod:to",
          "nmod:toward", "nmod:towards", "nmod:into")
          : Set.of("obj", "obl:against", "obl:on", "obl:upon", "obl:at", "obl:into", "obl:toward", "obl:towards",
          "obl:of");
      case SAY -> noun ? Set.of("nmod:to", "nmod:against", "nmod:with", "nmod:on")
          : Set.of("obj", "iobj", "obl:to", "obl:with", "obl:against", "obl:on");
      case GIVE -> noun ? Set.of("nmod:to", "nmod:for", "nmod:with")
          : Set.of("iobj", "obl:to", "obl:for", "obj", "obl:with");
      case WITH -> noun ? Set.of("nmod:with", "nmod:to") : Set.of("obl:with", "obj", "obl:to");
      case MOB -> noun ? Set.of("nmod:to", "nmod:into", "nmod:against")
          : Set.of("obl:to", "obl:into", "obl:against");
      case RECEIVE, NONE -> Set.of(); // RECEIVE: the subject receives, the "from" party gives (RoleExtractor.arguments)
    };
  }
}
