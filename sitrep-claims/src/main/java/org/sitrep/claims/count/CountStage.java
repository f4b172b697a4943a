package org.sitrep.claims.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.claims.attribution.AttributionStage;
import org.sitrep.claims.attribution.Names;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.Attribution;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.Period;
import org.sitrep.core.model.Published;
import org.sitrep.core.model.TimeRecord;
import org.sitrep.core.pipeline.Stage;

/**
 * {@code claims.counts}: reported figures about people. A figure counts when it numbers people (or
 * stands for them: "dozens have been reported killed") and a word of a count kind governs it along the
 * parse: the verb it is object or passive subject of ("killed eight soldiers", "520,000 people had been
 * displaced"), a controlled verb ("forced 151,000 civilians to flee", "reported killed"), the noun it
 * is "of" ("the killing of seven soldiers"), a participle on it ("30 people killed"), or a predicate
 * noun ("... of whom are refugees"). Equipment ("60 armored personnel carriers") and populations ("3
 * million civilians in the province") have no such word and are left out.
 */
public final class CountStage implements Stage {
  /** Words that give a figure its kind: "killed" -> dead ({@code count-kinds.tsv}). */
  static final Map<String, String> KIND_WORDS = pairs("count-kinds.tsv");
  /** Verbs that pass the count to their complement: "reported killed", "forced to flee", "left dead". */
  static final Set<String> LIGHT_VERBS = DataTable.load(CountStage.class, "count-verbs.tsv").words();
  /** Kinds of harm done to people, which only an ASSAULT or COERCE event can measure. */
  static final Set<String> HARM = Set.of("dead", "injured", "shot", "missing", "neutralised", "arrested", "abducted",
      "besieged");
  /** Nouns for people, with their sector (sitrep's agent codes, {@code people.tsv}). */
  static final Map<String, String> PEOPLE = pairs("people.tsv");

  /**
   * Relations of a part or a companion to the figure it belongs with, which gives it its kind: "31 people,
   * including 23 security personnel, lost their lives", "1,250 terrorists were killed, along with 563 soldiers".
   */
  private static final java.util.regex.Pattern PART_OF =
      java.util.regex.Pattern.compile("(nmod|obl):(including|among|along_with|together_with|as_well_as)");

  private static Map<String, String> pairs(String file) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (DataTable.Row r : DataTable.load(CountStage.class, file).rows()) {
      m.put(r.get(0).toLowerCase(java.util.Locale.ROOT), r.get(1));
    }
    return Map.copyOf(m);
  }

  @Override
  public String name() {
    return "claims.counts";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.DEPENDENCIES, Layers.NUMBERS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.COUNTS);
  }

  @Override
  public Set<Layer<?>> uses() {
    return Set.of(Layers.ENTITIES, Layers.EVENTS, Layers.TIMES, Layers.ATTRIBUTIONS, Layers.PUBLISHED);
  }

  @Override
  public Document apply(Document doc) {
    DocIndex ix = new DocIndex(doc);
    Names names = new Names(ix);
    List<CountRecord> out = new ArrayList<>();
    Published pub = doc.getOr(Layers.PUBLISHED, new Published(doc.article().published(), false));
    List<Quantity> qs = new ArrayList<>();
    List<Reading> rs = new ArrayList<>();
    for (Quantity q : Quantities.find(ix)) {
      Reading r = read(ix, q);
      if (r != null) {
        qs.add(q);
        rs.add(r);
      }
    }
    Totals.add(ix, qs, rs);
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      Reading r = rs.get(i);
      Sentence s = ix.sentenceOfToken(q.head());
      int off = ix.token(q.firstToken()).span().start();
      int end = ix.token(q.lastToken()).span().end();
      TimeRecord when = nearestTime(doc.list(Layers.TIMES), s, off, true);
      TimeRecord dated = nearestTime(doc.list(Layers.TIMES), s, off, false);
      Period period = when == null ? null : when.period();
      String date = dated != null ? dated.value() : period != null && period.end() != null ? period.end() : pub.value();
      Attribution attribution = AttributionStage.innermost(doc.list(Layers.ATTRIBUTIONS), off, end);
      String event = eventOf(ix, doc.list(Layers.EVENTS), s, r.kindToken(), r.kind());
      EventRecord ev = doc.list(Layers.EVENTS).stream().filter(e -> e.id() != null && e.id().equals(event))
          .findFirst().orElse(null);
      boolean background = Background.of(doc.list(Layers.TIMES), s, period, pub.value(), ev);
      out.add(new CountRecord(r.kind(), q.number(), who(ix, names, r.noun()), date, period, attribution, event,
          new Evidence(s.span().start(), s.span().end(), s.span().of(doc.text())), background ? Boolean.TRUE : null,
          r.total() ? Boolean.TRUE : null));
    }
    return doc.with(Layers.COUNTS, List.copyOf(out));
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
      }
      if (!ix.lower(phrase).matches("thousands|millions|hundreds|dozens|tens")) {
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
          if (Quantities.VAGUE.containsKey(ix.lower(noun)) || ix.lower(noun).matches("thousands|millions")) {
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
            || ix.lemma(c.dependent()).matches("injured|wounded|dead|displaced|missing|detained"))) {
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
      if (nk != null && (ix.lemma(noun).matches("refugee|hostage|detainee|body"))) {
        kind = nk;
        kindTok = noun;
      }
    }
    if (kind == null) {
      return null;
    }
    if (ix.lemma(kindTok).matches("host|harbou?r|shelter") && ix.pos(kindTok).startsWith("VB")
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
        if (v.matches("sustain|suffer|receive") && "injured".equals(KIND_WORDS.get(o))) {
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
      if (!r.startsWith("nsubj") && !r.equals("obj") && l.matches("dead|death|fatally|mortally")) {
        return "dead";
      }
      if (r.startsWith("advmod") && l.matches("critically|seriously|non-fatally|nonfatally")) {
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
      if (c.relation().startsWith("advmod") && ix.lemma(c.dependent()).matches("fatally|mortally")) {
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
    return lemma.equals("die") || lemma.equals("flee") || lemma.equals("perish");
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

  static ActorRecord who(DocIndex ix, Names names, int noun) {
    if (noun < 0) {
      return null;
    }
    String sector = PEOPLE.get(peopleLemma(ix, noun));
    String country = null;
    int a = noun;
    for (Dependency d : ix.children(noun)) {
      String r = d.relation();
      int c = d.dependent();
      if (ix.head(c) == null || ix.head(c).governor() != noun) {
        continue;
      }
      if (r.equals("amod") || r.startsWith("compound") || r.equals("nmod:poss") || r.startsWith("nmod")
          || r.startsWith("acl")) {
        for (int t : ix.subtree(c)) {
          if (country == null) {
            ActorCode ac = names.actorAt(ix.token(t).span().start(), ix.token(t).span().end());
            if (ac != null && ac.country() != null) {
              country = ac.country();
            } else if (!ix.doc().has(Layers.ENTITIES) && isCountryWord(ix, t)) {
              country = Countries.code(ix.token(t).text()); // working alone: the JDK's country names
            }
          }
          String sec = PEOPLE.get(peopleLemma(ix, t));
          // a modifier's sector wins over its head's: "police officers" COP, "army officers" MIL
          if (sector == null || sec != null && r.startsWith("compound")) {
            sector = sec != null ? sec : sector;
          }
          if (ix.lower(t).matches("military|army|armed")) {
            sector = "MIL";
          }
        }
        if (c < noun && (r.equals("amod") || r.startsWith("compound") || r.equals("nmod:poss"))) {
          a = Math.min(a, ix.subtree(c)[0]);
        }
      }
    }
    if (country == null) {
      ActorCode ac = names.actorAt(ix.token(noun).span().start(), ix.token(noun).span().end());
      country = ac == null ? null : ac.country();
      if (country == null && !ix.doc().has(Layers.ENTITIES) && isCountryWord(ix, noun)) {
        country = Countries.code(ix.token(noun).text()); // "3.6 million Syrians"
      }
    }
    String text = ix.text().substring(ix.token(a).span().start(), ix.token(noun).span().end());
    if (Quantities.VAGUE.containsKey(ix.lower(a)) || ix.pos(a).equals("CD")) {
      text = ix.token(noun).text();
    }
    return new ActorRecord(text, null, country, sector, null);
  }

  private static boolean isCountryWord(DocIndex ix, int t) {
    String ner = ix.token(t).ner();
    return "NATIONALITY".equals(ner) || "COUNTRY".equals(ner) || ix.pos(t).equals("NNPS");
  }

  private static TimeRecord nearestTime(List<TimeRecord> times, Sentence s, int off, boolean withPeriod) {
    TimeRecord best = null;
    int bestDist = Integer.MAX_VALUE;
    for (TimeRecord t : times) {
      if (t.start() < s.span().start() || t.end() > s.span().end()) {
        continue;
      }
      if (withPeriod ? t.period() == null || t.period().start() == null
          : t.value() == null || !t.value().matches("(\\d{4}|XXXX)-\\d\\d-\\d\\d")) {
        continue;
      }
      int d = Math.abs(t.start() - off);
      if (d < bestDist) {
        best = t;
        bestDist = d;
      }
    }
    return best;
  }

  /**
   * The event a figure measures, by structure: among the events whose trigger lies in the figure's sentence,
   * the one whose trigger is the kind word ("shelling killed eight": killed) or nearest to it along the
   * dependency tree ("the attack that killed eight": attack, one arc up), never by how many characters lie
   * between. Any event id works: where one event has several mentions, whichever record carries a trigger in
   * this sentence is linked. Without a trigger in the sentence, an event whose evidence is the sentence.
   */
  static String eventOf(DocIndex ix, List<EventRecord> events, Sentence s, int kindTok, String kind) {
    String best = null;
    long bestKey = Long.MAX_VALUE;
    for (EventRecord e : events) {
      if (HARM.contains(kind) && e.event() != null && !e.event().equals("ASSAULT") && !e.event().equals("COERCE")) {
        continue; // the dead and the arrested measure an attack or a coercion, not the statement about them
      }
      long key;
      if (e.trigger() != null && s.span().contains(e.trigger().start())) {
        int t = ix.tokenAt(e.trigger().start());
        if (t < 0) {
          continue;
        }
        key = (long) treeDistance(ix, kindTok, t) * 100_000 + Math.abs(t - kindTok);
      } else if (e.trigger() == null && e.evidence() != null && e.evidence().start() <= s.span().start()
          && e.evidence().end() >= s.span().end()) {
        key = 1_000L * 100_000;
      } else {
        continue;
      }
      if (key < bestKey) {
        best = e.id();
        bestKey = key;
      }
    }
    return best;
  }

  /** Arcs between two tokens of one sentence's parse (through their lowest common head); 1000 if none. */
  static int treeDistance(DocIndex ix, int a, int b) {
    Map<Integer, Integer> up = new java.util.HashMap<>();
    int cur = a;
    for (int d = 0; cur >= 0 && d < 64 && !up.containsKey(cur); d++) {
      up.put(cur, d);
      Dependency h = ix.head(cur);
      cur = h == null ? -1 : h.governor();
    }
    cur = b;
    for (int d = 0; cur >= 0 && d < 64; d++) {
      Integer da = up.get(cur);
      if (da != null) {
        return da + d;
      }
      Dependency h = ix.head(cur);
      cur = h == null ? -1 : h.governor();
    }
    return 1000;
  }
}
