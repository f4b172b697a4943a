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
  static final Set<String> LOCATIVE = Set.of("in", "at", "near", "into", "inside", "outside", "across", "around",
      "throughout", "within", "on", "onto", "nearby", "towards", "toward", "to", "over", "off", "along",
      "between", "through", "west", "east", "north", "south", "of");
  private static final Set<String> STRONG = Set.of("in", "at", "near", "into", "inside", "outside", "across", "around",
      "throughout", "within", "nearby", "off", "along");
  private static final Set<String> LOCATION_NOUNS = Set.of("village", "town", "city", "district", "area",
      "region", "province", "neighbourhood", "neighborhood", "camp", "base", "border", "crossing", "junction",
      "checkpoint", "outpost", "suburb", "countryside", "governorate", "county", "valley", "street", "square",
      "quarter", "airport", "port", "plant", "stadium", "hospital", "market", "mosque", "school");
  private static final Set<String> NOT_LOCATIVE = Set.of("from", "by", "for", "against", "with", "about", "than",
      "like", "as");

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
      for (PlaceRecord p : inSentence) {
        Link l = parse.link(heads.get(p), trigger);
        if (better(p, l, best, bestLink)) {
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

  /** How a place relates to an event's trigger in the parse. */
  record Link(boolean reached, boolean locative, boolean strong, int steps) {
    static final Link NONE = new Link(false, false, false, 0);

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
      boolean locative = false;
      boolean strong = false;
      int steps = 0;
      int node = place;
      while (node >= 0 && steps < 12) {
        String c = caseOf(node);
        if (c != null) {
          if (NOT_LOCATIVE.contains(c) && !locative) {
            return Link.NONE; // "a driver from Abidjan", "by Syrian forces"
          }
          if (LOCATIVE.contains(c) && !c.equals("of")) {
            locative = true;
            strong |= STRONG.contains(c);
          }
        }
        if (node == trigger) {
          return new Link(true, locative, strong, steps);
        }
        Dependency d = head.get(node);
        if (d == null || d.isRoot()) {
          break;
        }
        if (node != place && !locative && (isPerson(node) || d.relation().equals("nsubj"))) {
          return Link.NONE; // "the governor of Idlib", "U.S. helicopters patrol": modifiers of participants
        }
        if (d.relation().equals("compound") && node == place && LOCATION_NOUNS.contains(lemma(d.governor()))) {
          steps--; // "the Jumla villages", "the Kissufim crossing": the name is the noun's head in effect
        }
        node = d.governor();
        steps++;
      }
      return new Link(false, locative, strong, steps);
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

  private static boolean better(PlaceRecord p, Link l, PlaceRecord best, Link bestLink) {
    if (!l.tied() && !l.strong()) {
      return false;
    }
    if (best == null) {
      return true;
    }
    if (l.tied() != bestLink.tied()) {
      return l.tied();
    }
    int a = specificity(p);
    int b = specificity(best);
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
