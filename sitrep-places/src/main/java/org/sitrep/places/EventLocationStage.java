package org.sitrep.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.ActorRecord;
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
    LocationParse parse = LocationParse.of(tokens, doc.getOr(Layers.DEPENDENCIES, List.of()));
    LocationCandidates candidates = LocationCandidates.of(doc, parse);
    List<PlaceRecord> places = candidates.places();
    Set<PlaceRecord> borders = candidates.borders();
    PlaceRecord main = mainPlace(places);
    Map<PlaceRecord, Integer> heads = new IdentityHashMap<>();
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
      PlaceLink bestLink = null;
      for (int i = 0; i < inSentence.size(); i++) {
        PlaceRecord p = inSentence.get(i);
        if (i > 0 && qualifies(p, inSentence.get(i - 1), doc.text())) {
          continue; // its place took its link below
        }
        PlaceLink l = parse.link(heads.get(p), trigger);
        if (i + 1 < inSentence.size() && qualifies(inSentence.get(i + 1), p, doc.text())) {
          PlaceLink q = parse.link(heads.get(inSentence.get(i + 1)), trigger);
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
    for (ActorRecord a : e.actor()) {
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

  private static boolean better(PlaceRecord p, PlaceLink l, PlaceRecord best, PlaceLink bestLink,
      Set<PlaceRecord> borders) {
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
