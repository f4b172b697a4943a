package org.sitrep.claims.attribution;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.data.SectorNouns;

/** The attribution word lists, read once from this package's data files. Immutable. */
final class Lexicon {
  /** Lemmas of verbs that report speech or a claim ({@code speech-verbs.tsv}, use "speech"). */
  static final Set<String> SPEECH_VERBS;
  /** Verbs that report speech only right after a quotation ({@code speech-verbs.tsv}, use "after-quote"). */
  static final Set<String> AFTER_QUOTE_VERBS;
  /** Nouns naming a person by role (sitrep-core's {@code sector-nouns.tsv}, use "role"). */
  static final Set<String> PERSON_ROLES = SectorNouns.withUse("role").keySet();

  static {
    Set<String> speech = new HashSet<>();
    Set<String> after = new HashSet<>();
    for (DataTable.Row r : DataTable.load(Lexicon.class, "speech-verbs.tsv").rows()) {
      String use = r.get(1);
      if (use.equals("speech")) {
        speech.add(r.get(0));
      } else if (use.equals("after-quote")) {
        after.add(r.get(0));
      } else {
        throw new IllegalStateException("speech-verbs.tsv line " + r.line() + ": use '" + use
            + "' is neither 'speech' nor 'after-quote'; fix the second column");
      }
    }
    SPEECH_VERBS = Set.copyOf(speech);
    AFTER_QUOTE_VERBS = Set.copyOf(after);
  }

  private Lexicon() {
  }
}
