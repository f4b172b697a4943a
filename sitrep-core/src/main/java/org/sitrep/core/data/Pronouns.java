package org.sitrep.core.data;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English personal pronouns and gendered honorifics with their features ({@code pronouns.tsv}): person, number,
 * gender and case. The event coder and the quote speakers select the sets they read from this one table ("the
 * third-person singular pronouns of a person, subject or object": he, she, him, her), so the two cannot disagree on
 * a word. Immutable, loaded once, thread-safe.
 */
public final class Pronouns {
  private static final Set<String> KINDS = Set.of("pronoun", "honorific");
  private static final Set<String> PERSONS = Set.of("1", "2", "3", "-");
  private static final Set<String> NUMBERS = Set.of("sg", "pl", "-");
  private static final Set<String> GENDERS = Set.of("m", "f", "n", "-");
  private static final Set<String> CASES = Set.of("subj", "obj", "det", "poss", "refl", "-");

  /** One word and its features; {@code cases} holds "-" for an honorific. */
  public record Entry(String word, String kind, String person, String number, String gender, Set<String> cases) {
  }

  private static final class Holder {
    static final List<Entry> ALL = load(DataTable.load(Pronouns.class, "pronouns.tsv"));
  }

  private Pronouns() {
  }

  /** Reads and checks a table: known feature values, one row a word (visible for tests). */
  static List<Entry> load(DataTable t) {
    Set<String> seen = new java.util.HashSet<>();
    List<Entry> out = new java.util.ArrayList<>();
    for (DataTable.Row r : t.rows()) {
      String where = t.name() + " line " + r.line();
      String word = r.get(0).toLowerCase(Locale.ROOT);
      Entry e = new Entry(word, check(r.get(1), KINDS, where, "kind"), check(r.get(2), PERSONS, where, "person"),
          check(r.get(3), NUMBERS, where, "number"), check(r.get(4), GENDERS, where, "gender"),
          Set.copyOf(r.values(5)));
      e.cases().forEach(c -> check(c, CASES, where, "case"));
      if (!seen.add(word)) {
        throw new IllegalStateException(where + ": '" + word + "' is listed twice; one row a word, its cases joined "
            + "with '|'");
      }
      out.add(e);
    }
    return List.copyOf(out);
  }

  private static String check(String v, Set<String> known, String where, String what) {
    if (!known.contains(v)) {
      throw new IllegalStateException(where + ": " + what + " '" + v + "' is not one of " + new java.util.TreeSet<>(known));
    }
    return v;
  }

  /**
   * The pronouns of {@code person} ("1", "2", "3") and {@code number} ("sg", "pl"; null: either) whose gender is one
   * of {@code genders} (empty: any) and which have one of {@code cases} (empty: any).
   */
  public static Set<String> select(String person, String number, Set<String> genders, Set<String> cases) {
    Set<String> out = new LinkedHashSet<>();
    for (Entry e : Holder.ALL) {
      if (e.kind().equals("pronoun") && e.person().equals(person) && (number == null || e.number().equals(number))
          && (genders.isEmpty() || genders.contains(e.gender()))
          && (cases.isEmpty() || e.cases().stream().anyMatch(cases::contains))) {
        out.add(e.word());
      }
    }
    return Set.copyOf(out);
  }

  /** The pronouns and honorifics of grammatical gender {@code gender} ("m" or "f"): he, him, his, himself, mr, mr. */
  public static Set<String> gendered(String gender) {
    Set<String> out = new LinkedHashSet<>();
    for (Entry e : Holder.ALL) {
      if (e.gender().equals(gender)) {
        out.add(e.word());
      }
    }
    return Set.copyOf(out);
  }
}
