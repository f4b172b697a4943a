package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PLOVER trigger lexicon ({@code org/sitrep/events/plover-lexicon.tsv}), indexed by head lemma.
 * Loaded once per process; immutable.
 */
public final class Lexicon {
  /** Which dependents of a trigger are its recipients. */
  public enum Frame { TRANS, SAY, GIVE, RECEIVE, WITH, MOB, NONE }

  /**
   * One entry: {@code head} lemma, optional {@code particle} ("back" in "strike back"), optional constraints
   * on the object's lemma, a preposition, a subject lemma or a modifier lemma; {@code noContent}
   * ({@code +comp=none}): only where the verb reports no content (no clause or quotation of what was said).
   */
  public record Entry(String pattern, String head, String particle, boolean verb, boolean noun, String category,
                      String mode, String cameo, Frame frame, List<String> context, Set<String> objects,
                      Set<String> preps, Set<String> subjects, Set<String> modifiers, boolean noContent,
                      int line) {
    /** The same entry coded as another category, mode and CAMEO code (a planned attack is a THREATEN, ...). */
    Entry recoded(String newCategory, String newMode, String newCameo) {
      return new Entry(pattern, head, particle, verb, noun, newCategory, newMode, newCameo, frame, context, objects,
          preps, subjects, modifiers, noContent, line);
    }

    int specificity() {
      return (particle != null ? 3 : 0) + (objects.isEmpty() ? 0 : 2) + (preps.isEmpty() ? 0 : 1)
          + (subjects.isEmpty() ? 0 : 1) + (modifiers.isEmpty() ? 0 : 1);
    }
  }

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon("/org/sitrep/events/plover-lexicon.tsv");
  }

  private final Map<String, List<Entry>> byHead = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  public static Lexicon get() {
    return Holder.INSTANCE;
  }

  Lexicon(String resource) {
    org.sitrep.core.data.DataTable table = org.sitrep.core.data.DataTable.load(Lexicon.class, resource);
    for (org.sitrep.core.data.DataTable.Row row : table.rows()) {
      Entry e = parse(String.join("\t", row.cells()), row.line(), resource);
      entries.add(e);
      byHead.computeIfAbsent(e.head(), k -> new ArrayList<>()).add(e);
    }
    for (List<Entry> list : byHead.values()) {
      list.sort((a, b) -> Integer.compare(b.specificity(), a.specificity()));
    }
  }

  static Entry parse(String line, int n, String where) {
    String[] c = line.split("\t");
    if (c.length < 7) {
      throw new IllegalStateException(where + " line " + n + ": expected 7 tab-separated columns (pattern, pos, "
          + "category, mode, cameo, frame, context), found " + c.length + ": '" + line + "'");
    }
    String pattern = c[0].trim();
    Set<String> objects = Set.of();
    Set<String> preps = Set.of();
    Set<String> subjects = Set.of();
    Set<String> modifiers = Set.of();
    boolean noContent = false;
    String words = pattern;
    int plus = pattern.indexOf(" +");
    if (plus >= 0) {
      words = pattern.substring(0, plus).trim();
      for (String cons : pattern.substring(plus + 1).trim().split("\\s+")) {
        String[] kv = cons.substring(1).split("=", 2);
        if (kv.length != 2) {
          throw new IllegalStateException(where + " line " + n + ": constraint '" + cons + "' must read +obj=a|b, "
              + "+prep=a|b, +subj=a|b, +mod=a|b or +comp=none");
        }
        Set<String> vals = Set.of(kv[1].split("\\|"));
        switch (kv[0]) {
          case "obj" -> objects = vals;
          case "prep" -> preps = vals;
          case "subj" -> subjects = vals;
          case "mod" -> modifiers = vals;
          case "comp" -> {
            if (!vals.equals(Set.of("none"))) {
              throw new IllegalStateException(where + " line " + n + ": +comp takes only 'none' (no reported "
                  + "content), not '" + kv[1] + "'");
            }
            noContent = true;
          }
          default -> throw new IllegalStateException(where + " line " + n + ": unknown constraint '" + kv[0]
              + "' (use obj, prep, subj, mod or comp)");
        }
      }
    }
    String[] w = words.split(" ");
    String head = w[0];
    String particle = w.length > 1 ? String.join(" ", java.util.Arrays.copyOfRange(w, 1, w.length)) : null;
    String pos = c[1];
    if (!pos.matches("V|N|VN")) {
      throw new IllegalStateException(where + " line " + n + ": pos must be V, N or VN, not '" + pos + "'");
    }
    String category = c[2];
    if (!Plover.CATEGORIES.contains(category)) {
      throw new IllegalStateException(where + " line " + n + ": '" + category + "' is not a PLOVER 0.8 category (one of "
          + new java.util.TreeSet<>(Plover.CATEGORIES) + ")");
    }
    Frame frame;
    try {
      frame = Frame.valueOf(c[5]);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + " line " + n + ": frame must be one of "
          + java.util.Arrays.toString(Frame.values()) + ", not '" + c[5] + "'");
    }
    List<String> context = c[6].equals("-") ? List.of() : List.of(c[6].split(","));
    return new Entry(pattern, head, particle, pos.contains("V"), pos.contains("N"), category,
        c[3].equals("-") ? null : c[3], c[4], frame, context, objects, preps, subjects, modifiers, noContent, n);
  }

  /** Entries whose head lemma is {@code lemma}, most specific first. */
  public List<Entry> byHead(String lemma) {
    return byHead.getOrDefault(lemma, List.of());
  }

  /**
   * The CAMEO code the lexicon gives {@code category} in {@code mode} (its first entry so coded), for a rule that
   * recodes a trigger into that category and mode; fails at once where the lexicon has no such entry.
   */
  public String cameo(String category, String mode) {
    for (Entry e : entries) {
      if (e.category().equals(category) && mode.equals(e.mode())) {
        return e.cameo();
      }
    }
    throw new IllegalStateException("plover-lexicon.tsv has no entry of " + category + " in mode " + mode
        + ": add one (a rule recodes triggers into it)");
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }
}
