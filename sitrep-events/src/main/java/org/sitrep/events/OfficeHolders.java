package org.sitrep.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.model.ActorCode;

/**
 * Persons known by name who held a country's (or an international body's) highest offices ({@code
 * office-holders.tsv}): a person named with no nationality ("President Bush threatened Russia", "Putin offered to
 * negotiate") is coded with the country of the office, since a reader knows whose president Bush is. What the text
 * says of the person (a nationality, a possessive, an apposition) wins over the table. Immutable, loaded once.
 */
final class OfficeHolders {
  private static final class Holder {
    static final OfficeHolders INSTANCE = new OfficeHolders();
  }

  private final Map<String, ActorCode> byName = new HashMap<>(); // folded full name or one-word surname
  private final Map<String, Set<String>> givenNames = new HashMap<>(); // folded surname -> folded first names listed

  private OfficeHolders() {
    for (DataTable.Row row : DataTable.load(OfficeHolders.class, "office-holders.tsv").rows()) {
      ActorCode code = new ActorCode(row.get(0), row.get(1));
      for (String n : row.values(2)) {
        byName.putIfAbsent(key(n), code);
        String[] words = key(n).split(" ");
        if (words.length > 1) {
          givenNames.computeIfAbsent(words[words.length - 1], k -> new HashSet<>()).add(words[0]);
        }
      }
    }
  }

  static OfficeHolders get() {
    return Holder.INSTANCE;
  }

  private static String key(String name) {
    return Text.fold(name).replace(".", " ").replaceAll("\\s+", " ").strip();
  }

  /**
   * The code of the office a person's name denotes: the full name, else its last name word when the person is
   * named by that word alone or with a first name the table lists for it, or a spelling of one, among its other
   * name words ("Vladimir V. Putin", "Yasir Arafat", "Vice-President Alexander Stubb"; not "Mark Bush", a
   * namesake); null if none.
   */
  ActorCode lookup(String fullName, Collection<String> nameTokens) {
    ActorCode c = fullName == null ? null : byName.get(key(fullName));
    if (c == null && nameTokens != null && !nameTokens.isEmpty()) {
      List<String> names = List.copyOf(nameTokens);
      String surname = key(names.get(names.size() - 1));
      boolean listed = names.size() == 1;
      for (int k = 0; k < names.size() - 1 && !listed; k++) { // a title may come first: "Vice-President A. Stubb"
        listed = listedFirstName(surname, key(names.get(k)));
      }
      if (listed) {
        c = byName.get(surname);
      }
    }
    return c;
  }

  /**
   * Whether {@code first} is a first name listed with {@code surname}, or a spelling of one: the same initial and
   * at most two letters apart, as transliterations are ("Yasir" for "Yasser", "Moammar" for "Muammar"); an
   * initial alone ("H. Kohl") matches any listed name with it.
   */
  private boolean listedFirstName(String surname, String first) {
    for (String listed : givenNames.getOrDefault(surname, Set.of())) {
      if (!first.isEmpty() && !listed.isEmpty() && first.charAt(0) == listed.charAt(0)
          && (first.length() == 1 || editDistance(first, listed) <= 2)) {
        return true;
      }
    }
    return false;
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one letter. */
  static int editDistance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int substitution = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), substitution);
        diagonal = above;
      }
    }
    return row[b.length()];
  }

  /**
   * A person's code completed from the table: the country of the office where the text gave none, and its sector
   * where the text gave none ("President Bush": GOV from the title, USA from the table).
   */
  ActorCode complete(ActorCode fromText, String fullName, Collection<String> nameTokens) {
    if (fromText != null && fromText.country() != null) {
      return fromText;
    }
    ActorCode office = lookup(fullName, nameTokens);
    if (office == null) {
      return fromText;
    }
    String sector = fromText != null && fromText.sector() != null ? fromText.sector() : office.sector();
    return new ActorCode(office.country(), sector);
  }
}
