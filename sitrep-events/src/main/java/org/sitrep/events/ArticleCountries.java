package org.sitrep.events;

import static org.sitrep.events.CoderWords.REGIME_NOUNS;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.PlaceRecord;

/**
 * The countries an article is about, for actors it does not give a nationality: the government "the regime"
 * means, and the country each event takes place in. Computed once per document, on first use.
 */
final class ArticleCountries extends CoderPart {
  private final Document doc;
  private String regimeCountry;
  private boolean regimeDone;

  ArticleCountries(CoderContext c) {
    super(c);
    this.doc = c.doc;
  }

  /**
   * The government "the regime" means in this article: an explicit "Syrian regime" / "regime of X", else the
   * country of a leader named in "the X regime", else the country most of the article's places are in, else the
   * most mentioned country.
   */
  String regime() {
    if (regimeDone) {
      return regimeCountry;
    }
    regimeDone = true;
    Map<String, Integer> explicit = new TreeMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!REGIME_NOUNS.contains(parse.lemma(i))) {
        continue;
      }
      for (Dependency d : parse.children(i)) {
        if (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:poss")
            || d.relation().equals("nmod:of") || d.relation().equals("nmod:in")) {
          ActorLexicon.Country c = countryOf(d.dependent());
          EntityRecord e = entityAt[d.dependent()];
          if (c != null) {
            explicit.merge(c.code(), 1, Integer::sum);
          } else if (e != null && e.actor() != null && e.actor().country() != null) {
            explicit.merge(e.actor().country(), 1, Integer::sum);
          }
        }
      }
      // "[Syrian] regime": a bracketed nationality just before
      for (int k = Math.max(0, i - 3); k < i; k++) {
        ActorLexicon.Country c = countryOf(k);
        if (c != null && tokens.get(k).sentence() == tokens.get(i).sentence()) {
          explicit.merge(c.code(), 1, Integer::sum);
        }
      }
    }
    regimeCountry = top(explicit);
    if (regimeCountry == null) {
      Map<String, Integer> places = new TreeMap<>();
      for (PlaceRecord p : doc.list(Layers.PLACES)) {
        if (!Boolean.TRUE.equals(p.metonym()) && p.countryCode() != null && !"PCLI".equals(p.featureCode())) {
          String iso3 = iso3(p.countryCode());
          if (iso3 != null) {
            places.merge(iso3, 1, Integer::sum);
          }
        }
      }
      regimeCountry = top(places);
    }
    if (regimeCountry == null) {
      Map<String, Integer> mentioned = new TreeMap<>();
      for (EntityRecord e : doc.list(Layers.ENTITIES)) {
        if ((e.type().equals("COUNTRY") || e.type().equals("NATIONALITY")) && e.actor() != null
            && e.actor().country() != null) {
          mentioned.merge(e.actor().country(), 1, Integer::sum);
        }
      }
      regimeCountry = top(mentioned);
    }
    return regimeCountry;
  }

  static String top(Map<String, Integer> counts) {
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }


  private Map<Integer, String> placeCountryBySentence;
  private String articleCountry;

  /**
   * The country an event at token {@code i} takes place in: that of the first place (not a metonym) named in
   * its sentence, else the country most of the article's places are in; null where the article names none.
   */
  String local(int i) {
    if (placeCountryBySentence == null) {
      placeCountryBySentence = new HashMap<>();
      Map<String, Integer> counts = new TreeMap<>();
      for (int k = 0; k < tokens.size(); k++) {
        PlaceRecord p = placeAt.get(tokens.get(k).span().start());
        if (p != null && !Boolean.TRUE.equals(p.metonym()) && p.countryCode() != null) {
          String iso3 = iso3(p.countryCode());
          if (iso3 != null) {
            placeCountryBySentence.putIfAbsent(tokens.get(k).sentence(), iso3);
            counts.merge(iso3, 1, Integer::sum);
          }
        }
      }
      articleCountry = top(counts);
    }
    String own = placedIn(i);
    if (own != null) {
      return own;
    }
    String c = placeCountryBySentence.get(tokens.get(i).sentence());
    return c != null ? c : articleCountry;
  }

  /**
   * The country of the place an event (or a party) at token {@code i} is itself placed in by its own "in" phrase
   * (`place_prepositions`: "a missionary from Calgary was arrested in Lebanon" -> LBN, not Calgary's country
   * named first in the sentence); null where its obliques name no place. Nationalities do not count ("killed in an
   * Israeli strike" says who struck, not where).
   */
  private String placedIn(int i) {
    for (Dependency d : parse.children(i)) {
      String r = d.relation();
      int colon = r.indexOf(':');
      if (colon < 0 || !(r.startsWith("obl") || r.startsWith("nmod"))
          || !CoderWords.PLACE_PREPOSITIONS.contains(r.substring(colon + 1))) {
        continue;
      }
      int[] range = NounPhrase.rangeNoConj(parse, d.dependent());
      for (int k = range[0]; k < range[1]; k++) {
        PlaceRecord p = placeAt.get(tokens.get(k).span().start());
        if (p != null && !Boolean.TRUE.equals(p.metonym()) && p.countryCode() != null) {
          String iso3 = iso3(p.countryCode());
          if (iso3 != null) {
            return iso3;
          }
        }
      }
    }
    return null;
  }
}
