package org.sitrep.claims.count;

import java.util.Map;
import java.util.Set;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.data.CountKinds;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.data.SectorNouns;
import org.sitrep.core.doc.Dependency;
/**
 * How a figure is read: the kind of harm it counts ("killed" -> dead, "shot", "wounded"), the word that gives the
 * kind, and the noun of the people counted, found along the dependency parse ({@link CountStage} turns readings into
 * count records). The word lists are data files ({@code count-kinds.tsv}, {@code count-verbs.tsv},
 * {@code sector-nouns.tsv} of sitrep-core).
 */
final class CountReading {
  /** Words that give a figure its kind: "killed" -> dead ({@code count-kinds.tsv}). */
  static final Map<String, String> KIND_WORDS = kinds("count-kinds.tsv");
  /** Verbs that pass the count to their complement: "reported killed", "forced to flee", "left dead". */
  static final Set<String> LIGHT_VERBS = DataTable.load(CountReading.class, "count-verbs.tsv").words();
  private static final Set<String> STATES = CountWords.of("state");
  private static final Set<String> KIND_NOUNS = CountWords.of("kind-noun");
  private static final Set<String> HOST_VERBS = CountWords.of("host-verb");
  private static final Set<String> SUFFER_VERBS = CountWords.of("suffer-verb");
  private static final Set<String> FATAL = CountWords.of("fatal");
  private static final Set<String> NONFATAL = CountWords.of("nonfatal");
  private static final Set<String> INTRANSITIVE = CountWords.of("intransitive");
  /** Nouns for people, with their sector (sitrep-core's {@code sector-nouns.tsv}, use "people"). */
  static final Map<String, String> PEOPLE = SectorNouns.withUse("people");

  /**
   * Relations of a part or a companion to the figure it belongs with, which gives it its kind: "31 people,
   * including 23 security personnel, lost their lives", "1,250 terrorists were killed, along with 563 soldiers".
   */
  private static final java.util.regex.Pattern PART_OF =
      java.util.regex.Pattern.compile("(nmod|obl):(including|among|along_with|together_with|as_well_as)");

  /** Word -> kind, each kind checked against sitrep-core's count kinds ({@link CountKinds}). */
  static Map<String, String> kinds(String file) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    DataTable t = DataTable.load(CountReading.class, file);
    for (DataTable.Row r : t.rows()) {
      m.put(r.get(0).toLowerCase(java.util.Locale.ROOT),
          CountKinds.require(r.get(1), t.name() + " line " + r.line() + " (" + r.get(0) + ")"));
    }
    return Map.copyOf(m);
  }

  /** The kind of a figure, the token that gives it and the noun of the people counted (-1: the figure alone). */
  record Reading(String kind, int kindToken, int noun, boolean part, boolean total) {
    Reading(String kind, int kindToken, int noun) {
      this(kind, kindToken, noun, false, false);
    }
  }

  static Reading read(DocIndex ix, Quantity q) {
    int h = q.head();
    int noun = -1;
    int phrase = h;
    boolean agentive = false;
    boolean part = false;
    Dependency up = ix.head(h);
    if (up != null && up.relation().equals("det") && q.firstToken() == q.lastToken() && ix.lower(h).matches("a|an|another")) {
      noun = up.governor(); // a single person: "a 23-year-old man" (see Quantities.singleVictims)
      phrase = noun;
      agentive = !isPeople(ix, noun) && agentiveNoun(ix, noun);
    } else if (up != null && (up.relation().equals("nummod") || up.relation().equals("det:qmod"))) {
      phrase = up.governor();
      Dependency over = ix.head(phrase);
      if (over != null && over.relation().startsWith("compound") && !isPeople(ix, phrase)
          && isPeople(ix, over.governor())) {
        phrase = over.governor(); // "18 off-duty military personnel": the figure hangs on a modifier
      } else if (over != null && over.relation().equals("nmod:poss") && ix.pos(phrase).equals("NN")
          && isPeople(ix, over.governor())) {
        phrase = over.governor(); // "two sheriff's deputies": the figure hangs on the possessor
      }
      if (!Quantities.VAGUE.containsKey(ix.lower(phrase))) {
        noun = phrase;
      } else {
        h = phrase;
      }
    }
    if (noun < 0) {
      // "hundreds of thousands of residents" may hang on the noun by any of its words
      for (int t = q.firstToken(); t <= q.lastToken() && noun < 0; t++) {
        Dependency ht = ix.head(t);
        if (ht != null && (ht.governor() < q.firstToken() || ht.governor() > q.lastToken())
            && ht.relation().matches("nummod|det:qmod|dep|amod|advmod") && isPeople(ix, ht.governor())) {
          noun = ht.governor();
          phrase = noun;
        }
      }
    }
    if (noun < 0) {
      for (Dependency d : ix.children(h)) {
        if (d.relation().equals("nmod:of") && d.dependent() > h && !ix.pos(d.dependent()).startsWith("W")
            && !ix.pos(d.dependent()).startsWith("PRP") && !ix.pos(d.dependent()).equals("DT")) {
          noun = d.dependent(); // "dozens of people", "hundreds of thousands of people"
          if (Quantities.VAGUE.containsKey(ix.lower(noun))) {
            for (Dependency d2 : ix.children(noun)) {
              if (d2.relation().equals("nmod:of")) {
                noun = d2.dependent();
              }
            }
          }
        }
      }
    }
    if (noun >= 0 && !isPeople(ix, noun) && !agentive) {
      // a figure of a kind noun counts people in that state: "hundreds of deaths", "12 fatalities", "30 injuries"
      String nk = ix.pos(noun).equals("NNS") ? KIND_WORDS.get(ix.lemma(noun)) : null;
      if (nk != null && (nk.equals("dead") || nk.equals("injured")) && !ix.lemma(noun).equals("toll")) {
        return new Reading(nk, noun, -1);
      }
      return null; // equipment, posts, money...
    }
    // the noun itself may give the kind: "refugees", "hostages", "detainees"
    String kind = null;
    int kindTok = -1;
    // walk up: the phrase's verb or governing noun, through conjunctions and light verbs
    int cur = phrase;
    for (int step = 0; step < 4 && kind == null; step++) {
      Dependency hd = ix.head(cur);
      // participles and adjectives on the phrase: "30 people killed", "five dead"
      for (Dependency c : ix.children(cur)) {
        if (c.relation().startsWith("acl") || c.relation().equals("amod") && (c.dependent() > cur
            || STATES.contains(ix.lemma(c.dependent())))) {
          String k = kindOf(ix, c.dependent());
          if (k != null) {
            kind = k;
            kindTok = c.dependent();
          }
        }
      }
      if (kind != null || hd == null) {
        break;
      }
      String rel = hd.relation();
      int g = hd.governor();
      if (PART_OF.matcher(rel).matches() && ix.pos(g).startsWith("VB") && kindOf(ix, g) != null) {
        kind = kindOf(ix, g); // "... have been killed, along with 563 soldiers": the companion of the verb's figure
        kindTok = g;
        part = true;
        break;
      }
      if (rel.startsWith("conj") || rel.equals("appos") || PART_OF.matcher(rel).matches()) {
        part |= !rel.startsWith("conj");
        cur = g;
        continue;
      }
      if (rel.equals("nummod") || rel.startsWith("compound") || rel.equals("det:qmod")) {
        cur = g;
        continue;
      }
      String pk = predicateKind(ix, rel, g);
      if (pk != null) {
        kind = pk;
        kindTok = g;
        break;
      }
      if (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("nsubj") || rel.startsWith("nmod:of")
          || rel.equals("nmod:to") && ix.pos(g).startsWith("NN") && kindOf(ix, g) != null
          || rel.equals("dep") || rel.startsWith("obl") && kindOf(ix, g) != null && ix.children(cur, "case").stream()
          .anyMatch(c -> ix.lower(c).matches("to|by|of|among"))) {
        String k = kindOf(ix, g);
        boolean subjOfActive = rel.equals("nsubj") && ix.pos(g).startsWith("VB") && k != null
            && !intransitive(ix.lemma(g)) && !ix.lemma(g).equals("be") && !ellipticalPassive(ix, g);
        if (k != null && !subjOfActive) {
          kind = k;
          kindTok = g;
          break;
        }
        // "reported killed", "forced ... to flee", "are refugees", "left dead", "was shot and killed"
        for (Dependency c : ix.children(g)) {
          String cr = c.relation();
          if (cr.equals("xcomp") || cr.equals("ccomp") || cr.equals("dep")
              || !rel.equals("nsubj") && ix.pos(g).startsWith("VB")
              && (cr.startsWith("conj") && sharesSubject(ix, c.dependent(), cur)
              || cr.equals("obl:to") && ix.lemma(c.dependent()).equals("death"))) { // "shot him to death"
            String kc = kindOf(ix, c.dependent());
            int kt = c.dependent();
            if (kc == null && ix.lemma(kt).equals("be")) {
              kt = amongThose(ix, kt); // "said 18 soldiers were among those killed", the copula parsed as a complement
              kc = kt < 0 ? null : kindOf(ix, kt);
            }
            if (kc != null) {
              kind = kc;
              kindTok = kt;
              break;
            }
          }
        }
        if (kind == null && rel.equals("nsubj") && !ix.pos(g).startsWith("VB")) {
          String kc = kindOf(ix, g); // copular predicate noun: "hundreds of thousands of whom are refugees"
          for (Dependency c : ix.children(g)) { // "... were among those killed"
            if (kc == null && (c.relation().startsWith("acl") || c.relation().equals("amod"))) {
              kc = kindOf(ix, c.dependent());
            }
          }
          if (kc != null) {
            kind = kc;
            kindTok = g;
          }
        }
        if (kind == null && rel.equals("nsubj") && ix.lemma(g).equals("be")) {
          break;
        }
        if (kind == null && LIGHT_VERBS.contains(ix.lemma(g)) && !rel.equals("nsubj")) {
          cur = g;
          continue;
        }
        break;
      }
      break;
    }
    if (kind == null && noun >= 0) {
      String nk = KIND_WORDS.get(ix.lemma(noun));
      if (nk != null && KIND_NOUNS.contains(ix.lemma(noun))) {
        kind = nk;
        kindTok = noun;
      }
    }
    if (kind == null) {
      return null;
    }
    if (HOST_VERBS.contains(ix.lemma(kindTok)) && ix.pos(kindTok).startsWith("VB")
        && noun >= 0 && !nationalityOrPeople(ix, noun)) {
      return null; // "hosts a summit of 20 leaders"
    }
    if (kind.equals("shot")) {
      String outcome = outcomeOfShooting(ix, kindTok, q);
      if (outcome != null) {
        kind = outcome;
      }
    }
    if (agentive && !kind.matches("dead|injured|shot")) {
      return null; // "captured a transmitter": only killing, wounding and shooting take a person as given
    }
    return new Reading(kind, kindTok, noun, part, false);
  }

  /** The participle of "among those killed" under a copula, or -1. */
  private static int amongThose(DocIndex ix, int be) {
    for (Dependency o : ix.children(be)) {
      if (o.relation().equals("obl:among") || o.relation().equals("nmod:among")) {
        for (Dependency c : ix.children(o.dependent())) {
          if ((c.relation().startsWith("acl") || c.relation().equals("amod")) && kindOf(ix, c.dependent()) != null) {
            return c.dependent();
          }
        }
      }
    }
    return -1;
  }

  /** A noun of the agentive kind ("scientist", "teacher", "contractor", "guardian"), as a victim's may be. */
  static boolean agentiveNoun(DocIndex ix, int noun) {
    return ix.pos(noun).equals("NN") && ix.lemma(noun).matches("[a-z]{3,}(ist|er|or|ian|ant|ent)");
  }

  /**
   * Figures that are the subject of a predicate naming their state through its object or its subject:
   * "31 people lost their lives" (dead), "150 people sustained injuries" (injured), "the death toll rose to
   * 31" / "the toll stands at 31" (the figure is the toll's new value).
   */
  static String predicateKind(DocIndex ix, String rel, int verb) {
    if (!ix.pos(verb).startsWith("VB")) {
      return null;
    }
    if (rel.equals("nsubj")) {
      for (Dependency c : ix.children(verb)) {
        if (!c.relation().equals("obj")) {
          continue;
        }
        String v = ix.lemma(verb);
        String o = ix.lemma(c.dependent());
        if (v.equals("lose") && o.equals("life")) {
          return "dead";
        }
        if (SUFFER_VERBS.contains(v) && "injured".equals(KIND_WORDS.get(o))) {
          return "injured";
        }
      }
      return null;
    }
    if (rel.startsWith("obl") || rel.equals("obj")) {
      // the subject (or, for "raised the toll to 60", the object) is a toll or a plural of deaths or injuries
      for (Dependency c : ix.children(verb)) {
        int n = c.dependent();
        boolean carrier = c.relation().startsWith("nsubj") || c.relation().equals("obj") && !rel.equals("obj");
        if (!carrier || !ix.pos(n).startsWith("NN")) {
          continue;
        }
        if (ix.lemma(n).equals("toll")) {
          return tollKind(ix, n);
        }
        String k = ix.pos(n).equals("NNS") ? KIND_WORDS.get(ix.lemma(n)) : null;
        if ("dead".equals(k) || "injured".equals(k)) {
          return k; // "deaths surged from 88 to 388"
        }
      }
    }
    return null;
  }

  /** A toll is of the dead unless a modifier says otherwise ("the injury toll"). */
  private static String tollKind(DocIndex ix, int toll) {
    for (Dependency c : ix.children(toll)) {
      String k = KIND_WORDS.get(ix.lemma(c.dependent()));
      if (c.relation().startsWith("compound") && k != null && !k.equals("dead")) {
        return k;
      }
    }
    return "dead";
  }

  /**
   * What a shooting did, where the sentence says: "shot dead", "shot to death", "fatally shot", "shot and
   * killed" (dead); "shot and wounded", "critically shot" (injured); "six people were shot, one fatally" gives
   * the one dead. Null where it does not say: the figure stays {@code shot}.
   */
  static String outcomeOfShooting(DocIndex ix, int shoot, Quantity q) {
    if (shoot + 1 < ix.size() && ix.lower(shoot + 1).equals("dead")) {
      return "dead"; // the resultative "shot dead", whichever way the parser attaches "dead"
    }
    for (Dependency c : ix.children(shoot)) {
      String r = c.relation();
      String l = ix.lemma(c.dependent());
      if (!r.startsWith("nsubj") && !r.equals("obj") && FATAL.contains(l)) {
        return "dead";
      }
      if (r.startsWith("advmod") && NONFATAL.contains(l)) {
        return "injured";
      }
      if (r.startsWith("conj") && ix.pos(c.dependent()).startsWith("VB")) {
        String k = kindOf(ix, c.dependent());
        if ("dead".equals(k) || "injured".equals(k)) {
          return k;
        }
      }
    }
    for (Dependency c : ix.children(q.head())) {
      if (c.relation().startsWith("advmod") && FATAL.contains(ix.lemma(c.dependent()))) {
        return "dead";
      }
    }
    return null;
  }

  /**
   * A bare participle conjoined to a passive ("two were killed and three others wounded"): its
   * subject is the one hurt, though the parser marks it as an active subject.
   */
  private static boolean ellipticalPassive(DocIndex ix, int verb) {
    Dependency h = ix.head(verb);
    return ix.pos(verb).equals("VBN") && ix.children(verb).stream().noneMatch(x -> x.relation().startsWith("aux"))
        && h != null && h.relation().startsWith("conj")
        && ix.children(h.governor()).stream().anyMatch(x -> x.relation().equals("aux:pass"));
  }

  /** A conjoined verb with no subject of its own, or with the same one (enhanced dependencies copy it). */
  private static boolean sharesSubject(DocIndex ix, int verb, int subject) {
    return ix.children(verb).stream().noneMatch(x -> x.relation().startsWith("nsubj") && x.dependent() != subject);
  }

  private static boolean intransitive(String lemma) {
    return INTRANSITIVE.contains(lemma);
  }

  private static boolean nationalityOrPeople(DocIndex ix, int noun) {
    String ner = ix.token(noun).ner();
    return "NATIONALITY".equals(ner) || PEOPLE.containsKey(ix.lemma(noun)) || "MISC".equals(ner)
        && ix.pos(noun).equals("NNPS");
  }

  static boolean isPeople(DocIndex ix, int noun) {
    String lemma = peopleLemma(ix, noun);
    if (PEOPLE.containsKey(lemma)) {
      // "personnel carriers": a people word used as a modifier of a thing
      Dependency h = ix.head(noun);
      return h == null || !h.relation().startsWith("compound");
    }
    String ner = ix.token(noun).ner();
    return ix.pos(noun).startsWith("NNP") && ix.pos(noun).endsWith("S") || ("NATIONALITY".equals(ner)
        || "TITLE".equals(ner)) && ix.pos(noun).startsWith("NN") && !ix.pos(noun).startsWith("NNP");
  }

  /** The lemma under which a people noun is listed ("troops" -> "troop"), or the token's lemma. */
  static String peopleLemma(DocIndex ix, int tok) {
    String l = ix.lemma(tok);
    if (!PEOPLE.containsKey(l) && l.endsWith("s") && PEOPLE.containsKey(l.substring(0, l.length() - 1))) {
      return l.substring(0, l.length() - 1);
    }
    return l;
  }

  static String kindOf(DocIndex ix, int tok) {
    String k = KIND_WORDS.get(ix.lemma(tok));
    String w = ix.lower(tok);
    if (k == null) {
      k = KIND_WORDS.get(w);
    }
    if (k == null && w.endsWith("ing") && w.length() > 5) {
      String stem = w.substring(0, w.length() - 3);
      k = KIND_WORDS.getOrDefault(stem, KIND_WORDS.get(stem + "e"));
    }
    if (k != null && ix.lemma(tok).equals("toll")) {
      return "dead";
    }
    return k;
  }

  private CountReading() {
  }
}
