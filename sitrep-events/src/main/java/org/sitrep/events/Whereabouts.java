package org.sitrep.events;

import static org.sitrep.events.CoderWords.PLACE_PREPOSITIONS;
import static org.sitrep.events.CoderWords.SURFACE_PREPOSITIONS;

import org.sitrep.core.doc.Dependency;
import org.sitrep.core.model.PlaceRecord;

/**
 * The country of a group named by where it is: "militants present on Afghan soil", "gunmen hiding in Nigerien
 * villages": a participle or adjective describing the group (amod, acl; not a relative clause) whose "in"/"on"
 * phrase (`place_prepositions` or `surface_prepositions`) names a country, a nationality or a place in a country.
 * The caller applies it only to groups of `located_sectors` (rebels, opposition, civilians): troops stationed abroad
 * and refugees are not of the country they are in.
 */
final class Whereabouts extends CoderPart {
  Whereabouts(CoderContext c) {
    super(c);
  }

  /** A group is placed by "in" ("hiding in X villages") and also by "on" ("present on X soil"). */
  private static boolean placed(String preposition) {
    return PLACE_PREPOSITIONS.contains(preposition) || SURFACE_PREPOSITIONS.contains(preposition);
  }

  /** The country the group headed by {@code a} is said to be in, or null. */
  String country(int a) {
    for (Dependency d : parse.children(a)) {
      if (!d.relation().equals("amod") && !d.relation().equals("acl")) {
        continue;
      }
      for (Dependency p : parse.children(d.dependent())) {
        String r = p.relation();
        int colon = r.indexOf(':');
        if (colon > 0 && r.startsWith("obl") && placed(r.substring(colon + 1))) {
          String c = countryIn(p.dependent());
          if (c != null) {
            return c;
          }
        }
      }
    }
    return null;
  }

  private String countryIn(int k) {
    int[] r = NounPhrase.rangeNoConj(parse, k);
    for (int i = r[0]; i < r[1]; i++) {
      ActorLexicon.Country c = countryOf(i);
      if (c != null) {
        return c.code();
      }
      PlaceRecord p = placeAt.get(tokens.get(i).span().start());
      if (p != null && p.countryCode() != null) {
        String iso = iso3(p.countryCode());
        if (iso != null) {
          return iso;
        }
      }
    }
    return null;
  }
}
