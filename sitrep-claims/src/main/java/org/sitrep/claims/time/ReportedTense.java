package org.sitrep.claims.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.TimeExpression;

/**
 * Whether the text reports a date as past ("was killed on March 3", "have met since"), as ahead ("will vote on
 * March 30", "the vote scheduled for", "plans to meet on", "next Tuesday"), in the present tense ("the summit opens
 * on March 9", news' present for a scheduled event), or gives no verb to tell. Read from the parse (the verb the
 * date hangs from and its auxiliaries), else from the words just before the date. Word lists:
 * {@code tense-words.tsv}.
 */
final class ReportedTense {
  enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }

  private static final Map<String, Set<String>> WORDS = load();

  private ReportedTense() {
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> m = new HashMap<>();
    for (DataTable.Row r : DataTable.load(ReportedTense.class, "tense-words.tsv").rows()) {
      m.computeIfAbsent(r.get(1), k -> new HashSet<>()).add(r.get(0));
    }
    m.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(m);
  }

  static Set<String> words(String use) {
    return WORDS.getOrDefault(use, Set.of());
  }

  static Tense of(DocIndex ix, TimeExpression t) {
    int start = t.tokens().start();
    int end = t.tokens().end();
    if (ix == null || start < 0 || end > ix.size() || start >= end) {
      return Tense.UNKNOWN;
    }
    for (int i = Math.max(0, start - 3); i < end; i++) {
      if (words("future-modifier").contains(ix.lower(i))) {
        return Tense.FUTURE; // "next Tuesday", "the coming March 30"
      }
    }
    int cur = -1;
    for (int i = start; i < end; i++) {
      Dependency h = ix.head(i);
      if (h != null && (h.governor() < start || h.governor() >= end)) {
        cur = i;
        break;
      }
    }
    for (int step = 0; cur >= 0 && step < 6; step++) {
      Dependency h = ix.head(cur);
      if (h == null) {
        return Tense.UNKNOWN;
      }
      int g = h.governor();
      for (Dependency c : ix.children(g)) {
        if (c.relation().startsWith("amod") && words("future-modifier").contains(ix.lemma(c.dependent()))) {
          return Tense.FUTURE; // "the upcoming March 30 vote"
        }
      }
      String pos = ix.pos(g);
      if (pos.startsWith("VB") || pos.equals("JJ") && words("future-verb").contains(ix.lemma(g))) {
        Tense v = verbTense(ix, g);
        if (v != null) {
          return v;
        }
      }
      cur = g;
    }
    return Tense.UNKNOWN;
  }

  /** The tense of a verb; null to look further up (a participle modifying a noun without auxiliaries). */
  private static Tense verbTense(DocIndex ix, int verb) {
    if (words("future-verb").contains(ix.lemma(verb))) {
      return Tense.FUTURE; // "scheduled for", "is due on", "plans to"
    }
    boolean past = false;
    boolean present = false;
    boolean infinitive = false;
    for (Dependency c : ix.children(verb)) {
      String r = c.relation();
      String l = ix.lower(c.dependent());
      if (r.startsWith("aux")) {
        if (words("future-aux").contains(l)) {
          return Tense.FUTURE;
        }
        String p = ix.pos(c.dependent());
        past |= p.equals("VBD") || ix.lemma(c.dependent()).equals("have");
        present |= p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
      } else if (r.equals("mark") && l.equals("to")) {
        infinitive = true;
      }
    }
    if (infinitive) {
      return Tense.FUTURE; // "agreed to meet on March 30": the meeting follows the agreement
    }
    String pos = ix.pos(verb);
    if (past || pos.equals("VBD")) {
      return Tense.PAST;
    }
    if (present || pos.equals("VBZ") || pos.equals("VBP")) {
      return Tense.PRESENT;
    }
    return pos.equals("VBN") || pos.equals("VBG") ? null : Tense.UNKNOWN;
  }
}
