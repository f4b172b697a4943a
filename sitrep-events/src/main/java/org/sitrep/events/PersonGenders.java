package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.data.Pronouns;
import org.sitrep.core.model.EntityRecord;

/**
 * The grammatical gender the article itself gives each person it names, for agreement with "he" and "she"
 * (branch evrole11): an honorific before a mention ("Ms. Diallo"), and, where a sentence names one person only,
 * the personal pronouns after the name in that sentence, else the first one of the next sentence if no person is
 * named before it ("Diallo said she ...", "Wolf spoke. He said ..."). No lists of first names. A person with no
 * such evidence, or as much for both genders, has none and agrees with either pronoun.
 */
final class PersonGenders extends CoderPart {
  private static final Set<String> MALE = Pronouns.gendered("m");
  private static final Set<String> FEMALE = Pronouns.gendered("f");

  private final Map<String, Integer> score = new HashMap<>(); // person's name -> male minus female evidence

  PersonGenders(CoderContext c) {
    super(c);
    List<int[]> mentions = new ArrayList<>(); // first token, last token of each person mention
    for (int i = 0; i < tokens.size(); i++) {
      EntityRecord e = entityAt[i];
      if (e != null && e.type().equals("PERSON") && e.name() != null) {
        int j = i;
        while (j + 1 < tokens.size() && entityAt[j + 1] == e) {
          j++;
        }
        mentions.add(new int[] {i, j});
        i = j;
      }
    }
    for (int m = 0; m < mentions.size(); m++) {
      int first = mentions.get(m)[0];
      int last = mentions.get(m)[1];
      String name = entityAt[first].name();
      if (first > 0) {
        add(name, sign(first - 1));
      }
      int sentence = tokens.get(first).sentence();
      boolean alone = true;
      for (int[] o : mentions) {
        alone &= tokens.get(o[0]).sentence() != sentence || entityAt[o[0]].name().equals(name);
      }
      if (!alone || m + 1 < mentions.size() && tokens.get(mentions.get(m + 1)[0]).sentence() == sentence) {
        continue; // several persons in the sentence, or a later mention of the same one reads the rest
      }
      int after = 0;
      int k = last + 1;
      for (; k < tokens.size() && tokens.get(k).sentence() == sentence; k++) {
        after += pronounSign(k);
      }
      for (; after == 0 && k < tokens.size() && tokens.get(k).sentence() == sentence + 1; k++) {
        if (entityAt[k] != null && entityAt[k].type().equals("PERSON")) {
          break;
        }
        after = pronounSign(k);
      }
      add(name, Integer.signum(after));
    }
  }

  private void add(String name, int s) {
    if (s != 0) {
      score.merge(name, s, Integer::sum);
    }
  }

  /** +1 for a male word (pronoun or honorific) at token {@code k}, -1 for a female one, else 0. */
  int sign(int k) {
    String w = Text.fold(tokens.get(k).text()).replace(".", "");
    return MALE.contains(w) ? 1 : FEMALE.contains(w) ? -1 : 0;
  }

  private int pronounSign(int k) {
    String pos = tokens.get(k).pos();
    return pos != null && pos.startsWith("PRP") ? sign(k) : 0;
  }

  /** The person's gender as the article gives it: +1 male, -1 female, 0 none or mixed. */
  int of(EntityRecord person) {
    return person.name() == null ? 0 : Integer.signum(score.getOrDefault(person.name(), 0));
  }
}
