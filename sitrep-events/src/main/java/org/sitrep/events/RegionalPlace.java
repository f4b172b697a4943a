package org.sitrep.events;

import java.util.Map;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.PlaceRecord;

/**
 * The country of a person named with a region or city of it rather than the country itself (branch evrole11):
 * "Doug Ford, Ontario's provincial leader", "the governor of Texas, Ana Ruiz", "Lagos Governor Ade Bello". Where
 * the name's apposition has a possessor or an "of" phrase, or the name itself a compound or possessor before it,
 * that is a place inside a country (a place record of the places stage with a country code), the person is of
 * that country. Used only where nothing in the text gave the person a country.
 */
final class RegionalPlace {
  private RegionalPlace() {
  }

  /** The ISO alpha-3 country of the place that qualifies the person's name or apposition, or null. */
  static String country(Mention m, Parse parse, Map<Integer, PlaceRecord> placeByStart) {
    int head = m.tokens().end() - 1;
    for (var d : parse.children(head)) {
      String r = d.relation();
      if (r.equals("appos")) {
        for (var q : parse.children(d.dependent())) {
          if (q.relation().equals("nmod:poss") || q.relation().equals("nmod:of")) {
            String c = placeCountry(q.dependent(), parse, placeByStart);
            if (c != null) {
              return c;
            }
          }
        }
      } else if ((r.equals("compound") || r.equals("nmod:poss")) && d.dependent() < m.tokens().start()) {
        String c = placeCountry(d.dependent(), parse, placeByStart);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  private static String placeCountry(int k, Parse parse, Map<Integer, PlaceRecord> placeByStart) {
    Token t = parse.tokens.get(k);
    PlaceRecord p = placeByStart.get(t.span().start());
    if (p == null || p.countryCode() == null) {
      return null;
    }
    return CoderContext.iso3(p.countryCode());
  }
}
