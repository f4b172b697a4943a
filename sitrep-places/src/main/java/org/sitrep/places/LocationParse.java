package org.sitrep.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Token;

/**
 * A document's dependency parse read for event locations: the walk from a place up to an event's trigger
 * ({@link #link}), and the word-level questions the walk and the place candidates ask of a token.
 */
record LocationParse(List<Token> tokens, Map<Integer, Dependency> head, Map<Integer, List<Dependency>> children) {
  private static final LocationWords WORDS = LocationWords.DEFAULT;
  /** Relations by which a name or a place qualifies a place noun ("Kissufim crossing", "town of Bakwa", "Grozny's"). */
  private static final Set<String> NAMING = Set.of("compound", "nmod:of", "nmod:poss");
  /** Universal Dependencies relations that join a clause to another (grammar, not a word list). */
  private static final Set<String> CLAUSE_EDGES = Set.of("advcl", "ccomp", "conj", "parataxis", "acl:relcl");

  /** Each token's head arc (the first that is not a relative's "ref") and each token's child arcs. */
  static LocationParse of(List<Token> tokens, List<List<Dependency>> sentences) {
    Map<Integer, Dependency> head = new HashMap<>();
    Map<Integer, List<Dependency>> children = new HashMap<>();
    for (List<Dependency> s : sentences) {
      for (Dependency d : s) {
        if (!d.relation().equals("ref")) {
          head.putIfAbsent(d.dependent(), d);
        }
        children.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
      }
    }
    return new LocationParse(tokens, head, children);
  }

  PlaceLink link(int place, int trigger) {
    if (place < 0) {
      return PlaceLink.NONE;
    }
    Dependency own = head.get(place);
    if (own != null && own.relation().equals("nsubj")) {
      return PlaceLink.NONE; // the place acts ("Eritrea captured Badme"): a participant, not the setting
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
          return PlaceLink.NONE; // "a driver from Abidjan", "by Syrian forces"
        }
        if (WORDS.locative().contains(c)) {
          locative = true;
          strong |= WORDS.strong().contains(c);
        }
      }
      if (node == trigger) {
        return new PlaceLink(true, locative, strong, steps, crossed, landmark);
      }
      Dependency d = head.get(node);
      if (d == null || d.isRoot()) {
        break;
      }
      if (node != place && !locative && (isPerson(node) || d.relation().equals("nsubj"))) {
        return PlaceLink.NONE; // "the governor of Idlib", "U.S. helicopters patrol": modifiers of participants
      }
      if (NAMING.contains(d.relation()) && commonNoun(d.governor()) && placeNoun(d.governor())) {
        // "the Jumla villages", "the Kissufim crossing", "the streets of the city of Reynosa", "Grozny's
        // streets": a name attached to a noun naming a kind of place is, in effect, that noun's head
        steps--;
      }
      crossed |= clauseEdge(d.relation());
      node = d.governor();
      steps++;
    }
    return new PlaceLink(false, locative, strong, steps, crossed, landmark);
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

  /** "from X" under a distance ("30 kilometres from X", "10 miles from the city of X"). */
  private boolean measuredFrom(int node) {
    Dependency d = head.get(node);
    return d != null && !d.isRoot() && "from".equals(caseOf(node))
        && WORDS.distances().contains(lemma(d.governor()));
  }

  /** Whether token {@code i}'s lemma names a kind of place ("town", "crossing", "airport"). */
  boolean placeNoun(int i) {
    return WORDS.placeNouns().contains(lemma(i));
  }

  /** Whether token {@code i}'s lemma is a boundary noun ("border", "frontier"). */
  boolean boundary(int i) {
    return WORDS.boundaries().contains(lemma(i));
  }

  /** "city" in "the city of Homs", not in "Jerusalem's Old City" (part of a name). */
  boolean commonNoun(int i) {
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
