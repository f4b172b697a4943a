package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is held responsible by a verb of blaming (`blame_on` in `coder-words.tsv`): "blamed the raids on gunmen" puts
 * the deed in the object and the party in the "on" phrase, which the parser often hangs from the deed ("raids on
 * gunmen"); the deed is then no recipient, the party is.
 */
final class Blame {
  private Blame() {}

  /**
   * Replaces, among the recipient heads of the blaming verb {@code h}, each object that has an "on" phrase (its own
   * or the verb's) by the heads of those phrases; recipient heads without one stay as they are.
   */
  static void retarget(Parse parse, int h, List<Integer> recipientHeads) {
    List<Integer> held = new ArrayList<>(parse.children(h, "obl:on"));
    List<Integer> deeds = parse.children(h, "obj");
    for (int o : deeds) {
      held.addAll(parse.children(o, "nmod:on"));
    }
    if (held.isEmpty()) {
      return;
    }
    recipientHeads.removeAll(deeds);
    for (int k : held) {
      if (!recipientHeads.contains(k)) {
        recipientHeads.add(k);
      }
    }
  }
}
