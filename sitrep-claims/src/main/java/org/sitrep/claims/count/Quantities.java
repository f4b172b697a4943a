package org.sitrep.claims.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.NumberMention;
import org.sitrep.core.model.NumberValue;

/**
 * Figures with their qualifiers: the NLP layer's numbers ("eight", "1 million", "520,000"), vague
 * quantities it leaves out ("dozens", "hundreds of thousands", "tens of thousands", with ACLED's low
 * bounds), and "half a million". Qualifiers from the words before the figure: at least / more than
 * (at_least), up to / as many as (at_most), nearly / some / about (about).
 */
final class Quantities {
  /** Low bounds of vague plurals, per ACLED's convention (dozens 12, hundreds 100, thousands 1000; {@code count-words.tsv}). */
  static final Map<String, Long> VAGUE = CountWords.values("vague");
  private static final Map<String, Long> MAGNITUDE = CountWords.values("magnitude");

  private Quantities() {
  }

  /**
   * The sentences counts are read in: a number (NER or POS), a vague quantity ("dozens", "half a million"), or a
   * name (who a count is of or credited to).
   */
  static org.sitrep.core.pipeline.SentenceNeed parseNeed() {
    return org.sitrep.core.pipeline.SentenceNeed.anyToken(t -> "CD".equals(t.pos())
        || t.ner() != null && NUMBER_NER.contains(t.ner())
        || VAGUE.containsKey(t.text().toLowerCase(java.util.Locale.ROOT))
        || MAGNITUDE.containsKey(t.text().toLowerCase(java.util.Locale.ROOT))
        || org.sitrep.claims.attribution.ParseNeeds.named(t));
  }

  private static final java.util.Set<String> NUMBER_NER = org.sitrep.core.doc.Token.NUMBER_NER;

  static List<Quantity> find(DocIndex ix) {
    List<Quantity> out = new ArrayList<>();
    boolean[] used = new boolean[ix.size()];
    // vague quantities first: "hundreds of thousands", "dozens", "half a million"
    for (int i = 0; i < ix.size(); i++) {
      String w = ix.lower(i);
      if (w.equals("half") && i + 2 < ix.size() && ix.lower(i + 1).equals("a")
          && MAGNITUDE.containsKey(ix.lower(i + 2))) {
        long v = MAGNITUDE.get(ix.lower(i + 2)) / 2;
        out.add(qualified(ix, i, i + 2, i + 2, v, "exact", used));
        i += 2;
        continue;
      }
      if (!VAGUE.containsKey(w) || !ix.pos(i).equals("NNS") || i > 0 && ix.pos(i - 1).equals("CD")) {
        continue;
      }
      long low = VAGUE.get(w);
      int end = i;
      int head = i;
      // "hundreds of thousands": multiply; the phrase's syntax hangs on the first word
      if (i + 2 < ix.size() && ix.lower(i + 1).equals("of") && MAGNITUDE.containsKey(ix.lower(i + 2))) {
        low *= MAGNITUDE.get(ix.lower(i + 2));
        end = i + 2;
      }
      int a = i;
      if (a > 0 && ix.lower(a - 1).matches("many|several|some")) {
        a--;
      }
      String text = ix.text().substring(ix.token(a).span().start(), ix.token(end).span().end());
      out.add(new Quantity(a, end, head, new NumberValue(null, low, null, "vague", text)));
      for (int k = a; k <= end; k++) {
        used[k] = true;
      }
      i = end;
    }
    for (NumberMention n : ix.doc().list(Layers.NUMBERS)) {
      int a = n.tokens().start();
      int b = n.tokens().end() - 1;
      if (n.value() == null || a >= ix.size() || used[a] || used[b] || !isCount(ix, n)) {
        continue;
      }
      double v = n.value();
      if (v <= 0 || v != Math.rint(v) && v < 1000) {
        continue;
      }
      out.add(qualified(ix, a, b, headOf(ix, a, b), Math.round(v), qualifierOf(n.normalized()), used));
    }
    singleVictims(ix, used, out);
    out.sort(java.util.Comparator.comparingInt(Quantity::firstToken));
    return out;
  }

  /**
   * One person named by an indefinite singular noun phrase: "A 23-year-old man was shot and killed", "a
   * woman was wounded", "another man was arrested". The figure is the determiner (value 1, exact); {@link CountStage#read} then
   * keeps it only where a count word governs the noun, as for any figure, and the noun is a person.
   */
  private static void singleVictims(DocIndex ix, boolean[] used, List<Quantity> out) {
    for (int i = 0; i < ix.size(); i++) {
      if (used[i] || !ix.lower(i).matches("a|an|another") || !ix.pos(i).equals("DT")) {
        continue;
      }
      Dependency h = ix.head(i);
      if (h == null || !h.relation().equals("det") || !ix.pos(h.governor()).equals("NN")
          || !CountReading.PEOPLE.containsKey(ix.lemma(h.governor())) && !"TITLE".equals(ix.token(h.governor()).ner())
          && !CountReading.agentiveNoun(ix, h.governor())) {
        continue;
      }
      int noun = h.governor();
      String text = ix.text().substring(ix.token(i).span().start(), ix.token(noun).span().end());
      out.add(new Quantity(i, i, i, new NumberValue(1L, 1L, 1L, "exact", text)));
    }
  }

  private static boolean isCount(DocIndex ix, NumberMention n) {
    String t = n.text().toLowerCase(java.util.Locale.ROOT);
    if (t.contains("%") || t.contains("$") || t.contains("percent") || t.matches(".*\\d+(st|nd|rd|th)$")) {
      return false;
    }
    int a = n.tokens().start();
    int b = n.tokens().end() - 1;
    if (t.equals("one") && (a > 0 && ix.lower(a - 1).matches("no|any|every|each|the|this|that")
        || b + 1 < ix.size() && ix.lower(b + 1).matches("of|another|day|time|side"))) {
      return false; // "No one has the right", "one of the", "one another"
    }
    String ner = ix.token(a).ner();
    return ner == null || !ner.matches("DATE|TIME|DURATION|MONEY|PERCENT|ORDINAL");
  }

  static String qualifierOf(String normalized) {
    if (normalized == null) {
      return "exact";
    }
    if (normalized.startsWith(">")) {
      return "at_least";
    }
    if (normalized.startsWith("<")) {
      return "at_most";
    }
    if (normalized.startsWith("~")) {
      return "about";
    }
    return "exact";
  }

  private static int headOf(DocIndex ix, int a, int b) {
    for (int t = b; t >= a; t--) {
      Dependency h = ix.head(t);
      if (h == null || h.governor() < a || h.governor() > b) {
        return t;
      }
    }
    return b;
  }

  /** Extends a figure over the qualifier words before it and reads the qualifier. */
  private static Quantity qualified(DocIndex ix, int a, int b, int head, long v, String fromNlp, boolean[] used) {
    int start = a;
    String q = fromNlp;
    String p1 = a >= 1 ? ix.lower(a - 1) : "";
    String p2 = a >= 2 ? ix.lower(a - 2) + " " + p1 : "";
    String p3 = a >= 3 ? ix.lower(a - 3) + " " + p2 : "";
    if (p2.matches("at least|more than|over than|no fewer than|no less than")
        || p3.matches("no fewer than|no less than")) {
      q = "at_least";
      start = p3.matches("no (fewer|less) than") ? a - 3 : a - 2;
    } else if (p2.matches("up to|at most|fewer than|less than|as many as") || p3.matches("as many as|no more than")) {
      q = "at_most";
      start = p3.matches("as many as|no more than") ? a - 3 : a - 2;
    } else if (p2.matches("an estimated|close to|just under|just over|around some")) {
      q = "about";
      start = a - 2;
    } else if (p1.matches("nearly|almost|some|about|around|approximately|roughly|estimated|circa|approx\\.?")) {
      q = "about";
      start = a - 1;
    } else if (p1.matches("over|more|above|exceeding")) {
      q = "at_least";
      start = a - 1;
    }
    Long low;
    Long high;
    switch (q) {
      case "at_least" -> {
        low = v;
        high = null;
      }
      case "at_most" -> {
        low = null;
        high = v;
      }
      case "about" -> {
        boolean below = p1.matches("nearly|almost") || p2.equals("just under");
        low = Math.round(v * 0.9);
        high = below ? v : Math.round(v * 1.1);
      }
      default -> {
        low = v;
        high = v;
      }
    }
    for (int k = start; k <= b; k++) {
      used[k] = true;
    }
    String text = ix.text().substring(ix.token(start).span().start(), ix.token(b).span().end());
    return new Quantity(start, b, head, new NumberValue(v, low, high, q, text));
  }
}
