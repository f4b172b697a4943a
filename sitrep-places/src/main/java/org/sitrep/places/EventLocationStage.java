package org.sitrep.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.pipeline.ParseReader;
import org.sitrep.core.pipeline.SentenceNeed;
import org.sitrep.core.pipeline.Stage;

/**
 * {@code places.event_location}: the place where each event happened. In order: a place tied to the
 * event's trigger through a locative preposition (in, at, near, into, outside, ...) anywhere on its
 * dependency path to the trigger; else a locative place elsewhere in the event's sentence; else the
 * article's main place (its most mentioned literal place below country level, else its most mentioned
 * country) when the sentence names no place at all; else none. Metonyms ("Ankara said") and origins
 * ("a driver from Abidjan") are never locations.
 */
public final class EventLocationStage implements Stage, ParseReader {
  public static final String NAME = "places.event_location";
  private static final LocationWords WORDS = LocationWords.DEFAULT;
  /** Relations by which a name or a place qualifies a place noun ("Kissufim crossing", "town of Bakwa", "Grozny's"). */
  private static final Set<String> NAMING = Set.of("compound", "nmod:of", "nmod:poss");
  /** Universal Dependencies relations that join a clause to another (grammar, not a word list). */
  private static final Set<String> CLAUSE_EDGES = Set.of("advcl", "ccomp", "conj", "parataxis", "acl:relcl");

  /** The sentences with a place name or a proper noun. */
  @Override
  public SentenceNeed parseNeed() {
    return ParseNeeds.places();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.PLACES, Layers.DEPENDENCIES, Layers.TOKENS, Layers.SENTENCES, Layers.ENTITY_MENTIONS);
  }

  /** Events are read when a stage produces them; without one the map is empty (so the pipeline runs either way). */
  @Override
  public Set<Layer<?>> uses() {
    return Set.of(Layers.EVENTS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.EVENT_LOCATIONS);
  }

  @Override
  public Document apply(Document doc) {
    return doc.with(Layers.EVENT_LOCATIONS, locate(doc));
  }

  Map<String, PlaceRecord> locate(Document doc) {
    List<Token> tokens = doc.list(Layers.TOKENS);
    List<Sentence> sentences = doc.list(Layers.SENTENCES);
    List<PlaceRecord> places = new ArrayList<>(
        doc.list(Layers.PLACES).stream().filter(p -> !Boolean.TRUE.equals(p.metonym())).toList());
    // NER places the gazetteer could not resolve ("the town of Bakwa") can still be where an event happened
    for (Mention m : doc.list(Layers.ENTITY_MENTIONS)) {
      if (MentionFinder.PLACE_TYPES.contains(m.type()) && !MentionFinder.shortCode(m.text())
          && doc.list(Layers.PLACES).stream().noneMatch(p -> p.start() < m.span().end() && m.span().start() < p.end())) {
        places.add(new PlaceRecord(m.text(), m.span().start(), m.span().end(), null, null, null, null, null, null, null,
            null));
      }
    }
    places.sort(java.util.Comparator.comparingInt(PlaceRecord::start));
    Map<Integer, Dependency> head = new HashMap<>();
    Map<Integer, List<Dependency>> children = new HashMap<>();
    for (List<Dependency> s : doc.getOr(Layers.DEPENDENCIES, List.of())) {
      for (Dependency d : s) {
        if (!d.relation().equals("ref")) {
          head.putIfAbsent(d.dependent(), d);
        }
        children.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
      }
    }
    Parse parse = new Parse(tokens, head, children);
    Set<PlaceRecord> borders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Token t : tokens) {
      PlaceRecord b = parse.border(t.index(), doc.text());
      if (b != null && places.stream().noneMatch(p -> p.start() < b.end() && b.start() < p.end())) {
        places.add(b);
        borders.add(b);
      }
      PlaceRecord n = parse.namedByPlaceNoun(t.index(), doc.text());
      if (n != null && places.stream().noneMatch(p -> p.start() < n.end() && n.start() < p.end())) {
        places.add(n);
      }
    }
    places.sort(java.util.Comparator.comparingInt(PlaceRecord::start));
    PlaceRecord main = mainPlace(places);
    Map<PlaceRecord, Integer> heads = new java.util.IdentityHashMap<>();
    for (PlaceRecord p : places) {
      heads.put(p, placeHead(p, tokens));
    }
    Map<String, PlaceRecord> out = new TreeMap<>();
    for (EventRecord e : doc.list(Layers.EVENTS)) {
      if (e.id() == null) {
        continue;
      }
      int trigger = triggerToken(e, tokens, sentences);
      if (trigger < 0) {
        continue;
      }
      int sentence = tokens.get(trigger).sentence();
      List<PlaceRecord> inSentence = new ArrayList<>();
      for (PlaceRecord p : places) {
        int h = heads.get(p);
        if (h >= 0 && tokens.get(h).sentence() == sentence && !participant(p, e)) {
          inSentence.add(p);
        }
      }
      PlaceRecord best = null;
      Link bestLink = null;
      for (int i = 0; i < inSentence.size(); i++) {
        PlaceRecord p = inSentence.get(i);
        if (i > 0 && qualifies(p, inSentence.get(i - 1), doc.text())) {
          continue; // its place took its link below
        }
        Link l = parse.link(heads.get(p), trigger);
        if (i + 1 < inSentence.size() && qualifies(inSentence.get(i + 1), p, doc.text())) {
          Link q = parse.link(heads.get(inSentence.get(i + 1)), trigger);
          if (q.tied() && !l.tied() || q.tied() == l.tied() && q.score() > l.score()) {
            l = q; // "Murphy, North Carolina" parsed with the state on the verb
          }
        }
        if (better(p, l, best, bestLink, borders)) {
          best = p;
          bestLink = l;
        }
      }
      if (best != null && !bestLink.tied() && !bestLink.strong()) {
        best = null; // a place elsewhere in the sentence without a locative word is not where this happened
      }
      if (best == null && inSentence.isEmpty() && main != null) {
        best = main;
      }
      if (best != null) {
        out.put(e.id(), best);
      }
    }
    return out;
  }

  /**
   * "clashes between Turkey and the regime": a place named as the event's actor is a side, not where it
   * happened. A recipient can be both ("shelled Idlib"), so it stays a candidate.
   */
  static boolean participant(PlaceRecord p, EventRecord e) {
    for (org.sitrep.core.model.ActorRecord a : e.actor()) {
      if (a.text() != null && a.text().equals(p.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a store in Murphy, North Carolina", "Gao, Mali": a larger division or country of the same country
   * right after a place and a comma names where that place is; the event is at the place, whatever the
   * parser attached the qualifier to.
   */
  static boolean qualifies(PlaceRecord outer, PlaceRecord inner, String text) {
    if (inner.end() > outer.start() || !text.substring(inner.end(), outer.start()).strip().equals(",")) {
      return false;
    }
    return outer.countryCode() != null && outer.countryCode().equals(inner.countryCode())
        && specificity(outer) < specificity(inner) && specificity(outer) <= 1;
  }

  /** How a place relates to an event's trigger in the parse. */
  record Link(boolean reached, boolean locative, boolean strong, int steps, boolean crossed, boolean landmark) {
    static final Link NONE = new Link(false, false, false, 0, false, false);

    /** Tied to the event: reached through a locative word, or the trigger's own object ("captured Badme"). */
    boolean tied() {
      return reached && (locative || steps <= 1);
    }

    double score() {
      return (strong ? 3 : locative ? 2 : 1) - 0.1 * steps;
    }
  }

  record Parse(List<Token> tokens, Map<Integer, Dependency> head, Map<Integer, List<Dependency>> children) {
    Link link(int place, int trigger) {
      if (place < 0) {
        return Link.NONE;
      }
      Dependency own = head.get(place);
      if (own != null && own.relation().equals("nsubj")) {
        return Link.NONE; // the place acts ("Eritrea captured Badme"): a participant, not the setting
      }
      boolean landmark = own != null && landmark(place, own);
      boolean locative = landmark; // "30 km south of Baghdad" places the event by Baghdad
      boolean strong = false;
      boolean crossed = false;
      int steps = 0;
      int node = place;
      while (node >= 0 && steps < 12) {
        String c = caseOf(node);
        if (c != null && measuredFrom(node)) {
          landmark = true; // "10 miles from the city of X": X is a landmark, the event is near it
          locative = true;
        } else if (c != null) {
          if (WORDS.notLocative().contains(c) && !locative) {
            return Link.NONE; // "a driver from Abidjan", "by Syrian forces"
          }
          if (WORDS.locative().contains(c)) {
            locative = true;
            strong |= WORDS.strong().contains(c);
          }
        }
        if (node == trigger) {
          return new Link(true, locative, strong, steps, crossed, landmark);
        }
        Dependency d = head.get(node);
        if (d == null || d.isRoot()) {
          break;
        }
        if (node != place && !locative && (isPerson(node) || d.relation().equals("nsubj"))) {
          return Link.NONE; // "the governor of Idlib", "U.S. helicopters patrol": modifiers of participants
        }
        if (NAMING.contains(d.relation()) && commonNoun(d.governor())
            && WORDS.placeNouns().contains(lemma(d.governor()))) {
          // "the Jumla villages", "the Kissufim crossing", "the streets of the city of Reynosa", "Grozny's
          // streets": a name attached to a noun naming a kind of place is, in effect, that noun's head
          steps--;
        }
        crossed |= clauseEdge(d.relation());
        node = d.governor();
        steps++;
      }
      return new Link(false, locative, strong, steps, crossed, landmark);
    }

    /**
     * An arc from one clause up to another: an adverbial, complement, coordinated, parenthetical or relative
     * clause ("demonstrated across Turkey as leaders gathered in Istanbul": Istanbul is the gathering's).
     */
    static boolean clauseEdge(String relation) {
      String base = relation.contains(":") && !relation.startsWith("acl:relcl")
          ? relation.substring(0, relation.indexOf(':')) : relation;
      return CLAUSE_EDGES.contains(base);
    }

    /**
     * "the Diyala province, north of Baghdad", "30 km south of Baghdad": a place after a compass word used
     * as an adverb is a landmark the setting is measured from. "In the north of Syria" (the compass word
     * has its own preposition) is inside Syria.
     */
    boolean landmark(int place, Dependency own) {
      return "of".equals(caseOf(place)) && own.governor() >= 0
          && WORDS.directions().contains(lemma(own.governor())) && caseOf(own.governor()) == null;
    }

    /**
     * "the Iraqi-Syrian border", "the Turkish frontier": a boundary noun with nationality or country
     * modifiers is a place (unresolved: a line has no one point), from its first modifier to the noun; null
     * for any other token.
     */
    PlaceRecord border(int i, String text) {
      if (!WORDS.boundaries().contains(lemma(i))) {
        return null;
      }
      int first = firstCountryModifier(i, 0);
      if (first < 0) {
        return null;
      }
      int start = tokens.get(first).span().start();
      int end = tokens.get(i).span().end();
      return new PlaceRecord(text.substring(start, end), start, end, null, null, null, null, null, null, null, null);
    }

    /** The first token of the nationality or country modifiers of {@code i} (through amod and compound), or -1. */
    private int firstCountryModifier(int i, int depth) {
      int first = -1;
      for (Dependency c : children.getOrDefault(i, List.of())) {
        if ((c.relation().equals("amod") || c.relation().equals("compound")) && c.dependent() < i && depth < 4) {
          String ner = tokens.get(c.dependent()).ner();
          int inner = firstCountryModifier(c.dependent(), depth + 1);
          int here = "NATIONALITY".equals(ner) || "COUNTRY".equals(ner) ? c.dependent() : -1;
          int m = inner >= 0 && (here < 0 || inner < here) ? inner : here;
          if (m >= 0 && (first < 0 || m < first)) {
            first = m;
          }
        }
      }
      return first;
    }

    /**
     * "the eastern province of Deir ez-Zor", "the Deir ez-Zor airport": a proper name NER left untagged
     * that names a common noun of a kind of place (by "of" or as its compound) is a place (unresolved);
     * null for any other token. Names NER tagged (an organisation, a person) are left alone.
     */
    PlaceRecord namedByPlaceNoun(int i, String text) {
      Token t = tokens.get(i);
      if (!t.isProperNoun() || !"O".equals(t.ner())) {
        return null;
      }
      Dependency d = head.get(i);
      if (d == null || d.isRoot() || !(d.relation().equals("nmod:of") || d.relation().equals("compound"))
          || !commonNoun(d.governor()) || !WORDS.placeNouns().contains(lemma(d.governor()))) {
        return null;
      }
      int first = i;
      for (Dependency c : children.getOrDefault(i, List.of())) {
        Token m = tokens.get(c.dependent());
        boolean namePart = c.relation().equals("compound") && m.isProperNoun() && "O".equals(m.ner())
            || c.relation().equals("punct") && m.text().equals("-");
        if (namePart && c.dependent() < first && c.dependent() == first - 1) {
          first = c.dependent();
        } else if (namePart && c.dependent() < first) {
          first = contiguous(c.dependent(), first, i) ? c.dependent() : first;
        }
      }
      int start = tokens.get(first).span().start();
      int end = t.span().end();
      return new PlaceRecord(text.substring(start, end), start, end, null, null, null, null, null, null, null, null);
    }

    /** Whether every token from {@code from} to {@code to} (exclusive) is a child of {@code head}. */
    private boolean contiguous(int from, int to, int head) {
      for (int k = from; k < to; k++) {
        Dependency d = this.head.get(k);
        if (d == null || d.governor() != head) {
          return false;
        }
      }
      return true;
    }

    /** "from X" under a distance ("30 kilometres from X", "10 miles from the city of X"). */
    private boolean measuredFrom(int node) {
      Dependency d = head.get(node);
      return d != null && !d.isRoot() && "from".equals(caseOf(node))
          && WORDS.distances().contains(lemma(d.governor()));
    }

    /** "city" in "the city of Homs", not in "Jerusalem's Old City" (part of a name). */
    private boolean commonNoun(int i) {
      return tokens.get(i).isNoun() && !tokens.get(i).isProperNoun();
    }

    private String lemma(int i) {
      Token t = tokens.get(i);
      return Names.lower(t.lemma() != null ? t.lemma() : t.text());
    }

    private String caseOf(int node) {
      for (Dependency c : children.getOrDefault(node, List.of())) {
        if (c.relation().equals("case") && c.dependent() < tokens.size()) {
          return Names.lower(tokens.get(c.dependent()).text());
        }
      }
      return null;
    }

    private boolean isPerson(int node) {
      Token t = tokens.get(node);
      return "PERSON".equals(t.ner()) || "TITLE".equals(t.ner());
    }
  }

  /** A border named by the countries it divides: finer than a province, coarser than a town. */
  static final int BORDER = 3;

  /** Finer places first: an unknown name (usually a village), a town, a district, a province, a country. */
  static int specificity(PlaceRecord p) {
    String f = p.featureCode();
    if (f == null) {
      return 5;
    }
    if (f.startsWith("PCL") || f.equals("CONT")) {
      return 0;
    }
    if (f.equals("ADM1") || f.equals("RGN")) {
      return 1;
    }
    if (f.startsWith("ADM")) {
      return 2;
    }
    return 4;
  }

  private static boolean better(PlaceRecord p, Link l, PlaceRecord best, Link bestLink, Set<PlaceRecord> borders) {
    if (!l.tied() && !l.strong()) {
      return false;
    }
    if (best == null) {
      return true;
    }
    if (l.tied() != bestLink.tied()) {
      return l.tied();
    }
    if (l.landmark() != bestLink.landmark()) {
      return !l.landmark(); // the setting, not the landmark it is measured from
    }
    if (l.crossed() != bestLink.crossed()) {
      return !l.crossed(); // the event's own clause first
    }
    int a = borders.contains(p) ? BORDER : specificity(p);
    int b = borders.contains(best) ? BORDER : specificity(best);
    if (a != b) {
      return a > b;
    }
    return l.score() > bestLink.score();
  }

  static int triggerToken(EventRecord e, List<Token> tokens, List<Sentence> sentences) {
    if (e.trigger() != null) {
      int first = -1;
      for (Token t : tokens) {
        if (t.span().start() < e.trigger().end() && e.trigger().start() < t.span().end()) {
          if (t.isVerb() || t.isNoun()) {
            return t.index();
          }
          if (first < 0) {
            first = t.index();
          }
        }
      }
      if (first >= 0) {
        return first;
      }
    }
    if (e.evidence() != null) {
      for (Sentence s : sentences) {
        if (s.span().contains(e.evidence().start())) {
          for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
            if (tokens.get(i).isVerb()) {
              return i;
            }
          }
          return s.tokens().start();
        }
      }
    }
    return -1;
  }

  static int placeHead(PlaceRecord p, List<Token> tokens) {
    int h = -1;
    for (Token t : tokens) {
      if (t.span().start() >= p.end()) {
        break;
      }
      if (t.span().end() > p.start()) {
        h = t.index();
      }
    }
    return h;
  }

  /** The article's most mentioned literal place below country level, else its most mentioned country. */
  static PlaceRecord mainPlace(List<PlaceRecord> places) {
    Map<String, Integer> count = new HashMap<>();
    Map<String, PlaceRecord> firstOf = new HashMap<>();
    for (PlaceRecord p : places) {
      if (p.lat() == null) {
        continue;
      }
      String k = p.geonameid() != null ? p.geonameid().toString() : p.countryCode() + ":" + p.name();
      count.merge(k, 1, Integer::sum);
      firstOf.putIfAbsent(k, p);
    }
    PlaceRecord best = null;
    int bestRank = -1;
    for (PlaceRecord p : places) {
      String k = p.geonameid() != null ? p.geonameid().toString() : p.countryCode() + ":" + p.name();
      if (p.lat() == null || firstOf.get(k) != p) {
        continue;
      }
      boolean country = p.featureCode() != null && p.featureCode().startsWith("PCL");
      int rank = count.get(k) * 2 + (country ? 0 : 1000);
      if (rank > bestRank) {
        best = p;
        bestRank = rank;
      }
    }
    return best;
  }
}
