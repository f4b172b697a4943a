package org.sitrep.places;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.PlaceRecord;

/**
 * The places an event of a document may have happened at, in text order: the literal places the gazetteer
 * resolved, then (where they overlap none before them) the places NER found but the gazetteer did not, the
 * borders named by the countries they divide, and the names NER left untagged that name a kind of place.
 * The added ones are unresolved (no coordinates).
 *
 * @param places every candidate, sorted by start offset
 * @param borders the candidates that are borders (by identity)
 */
record LocationCandidates(List<PlaceRecord> places, Set<PlaceRecord> borders) {

  static LocationCandidates of(Document doc, LocationParse parse) {
    List<PlaceRecord> places = new ArrayList<>(
        doc.list(Layers.PLACES).stream().filter(p -> !Boolean.TRUE.equals(p.metonym())).toList());
    // NER places the gazetteer could not resolve ("the town of Bakwa") can still be where an event happened
    for (Mention m : doc.list(Layers.ENTITY_MENTIONS)) {
      if (Token.PLACE_NER.contains(m.type()) && !MentionFinder.shortCode(m.text())
          && doc.list(Layers.PLACES).stream().noneMatch(p -> p.start() < m.span().end() && m.span().start() < p.end())) {
        places.add(new PlaceRecord(m.text(), m.span().start(), m.span().end(), null, null, null, null, null, null, null,
            null));
      }
    }
    places.sort(Comparator.comparingInt(PlaceRecord::start));
    Set<PlaceRecord> borders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Token t : parse.tokens()) {
      PlaceRecord b = border(parse, t.index(), doc.text());
      if (b != null && places.stream().noneMatch(p -> p.start() < b.end() && b.start() < p.end())) {
        places.add(b);
        borders.add(b);
      }
      PlaceRecord n = namedByPlaceNoun(parse, t.index(), doc.text());
      if (n != null && places.stream().noneMatch(p -> p.start() < n.end() && n.start() < p.end())) {
        places.add(n);
      }
    }
    places.sort(Comparator.comparingInt(PlaceRecord::start));
    return new LocationCandidates(List.copyOf(places), Collections.unmodifiableSet(borders));
  }

  /**
   * "the Iraqi-Syrian border", "the Turkish frontier": a boundary noun with nationality or country
   * modifiers is a place (unresolved: a line has no one point), from its first modifier to the noun; null
   * for any other token.
   */
  static PlaceRecord border(LocationParse parse, int i, String text) {
    if (!parse.boundary(i)) {
      return null;
    }
    int first = firstCountryModifier(parse, i, 0);
    if (first < 0) {
      return null;
    }
    return unresolved(text, parse.tokens().get(first).span().start(), parse.tokens().get(i).span().end());
  }

  /** The first token of the nationality or country modifiers of {@code i} (through amod and compound), or -1. */
  private static int firstCountryModifier(LocationParse parse, int i, int depth) {
    int first = -1;
    for (Dependency c : parse.children().getOrDefault(i, List.of())) {
      if ((c.relation().equals("amod") || c.relation().equals("compound")) && c.dependent() < i && depth < 4) {
        String ner = parse.tokens().get(c.dependent()).ner();
        int inner = firstCountryModifier(parse, c.dependent(), depth + 1);
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
  static PlaceRecord namedByPlaceNoun(LocationParse parse, int i, String text) {
    Token t = parse.tokens().get(i);
    if (!t.isProperNoun() || !"O".equals(t.ner())) {
      return null;
    }
    Dependency d = parse.head().get(i);
    if (d == null || d.isRoot() || !(d.relation().equals("nmod:of") || d.relation().equals("compound"))
        || !parse.commonNoun(d.governor()) || !parse.placeNoun(d.governor())) {
      return null;
    }
    int first = i;
    for (Dependency c : parse.children().getOrDefault(i, List.of())) {
      Token m = parse.tokens().get(c.dependent());
      boolean namePart = c.relation().equals("compound") && m.isProperNoun() && "O".equals(m.ner())
          || c.relation().equals("punct") && m.text().equals("-");
      if (namePart && c.dependent() < first && c.dependent() == first - 1) {
        first = c.dependent();
      } else if (namePart && c.dependent() < first) {
        first = contiguous(parse, c.dependent(), first, i) ? c.dependent() : first;
      }
    }
    return unresolved(text, parse.tokens().get(first).span().start(), t.span().end());
  }

  /** Whether every token from {@code from} to {@code to} (exclusive) is a child of {@code head}. */
  private static boolean contiguous(LocationParse parse, int from, int to, int head) {
    for (int k = from; k < to; k++) {
      Dependency d = parse.head().get(k);
      if (d == null || d.governor() != head) {
        return false;
      }
    }
    return true;
  }

  /** A place the gazetteer did not resolve: its text and offsets only. */
  private static PlaceRecord unresolved(String text, int start, int end) {
    return new PlaceRecord(text.substring(start, end), start, end, null, null, null, null, null, null, null, null);
  }
}
