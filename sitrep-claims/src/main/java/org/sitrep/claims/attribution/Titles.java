package org.sitrep.claims.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.claims.attribution.Names.Named;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.doc.Countries;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.model.ActorCode;

/**
 * The titles a person is introduced with in the article, and the country each title is of: "Turkish
 * President Recep Tayyip Erdogan" holds (president, TUR); "Robert Wood, U.S. deputy U.N. ambassador" holds
 * (ambassador, USA). A role description ("the Turkish president", "Turkey's leader", "Washington's envoy")
 * refers back to the nearest earlier person holding its role, or a title of its kin ({@code role-kin.tsv}),
 * of the same country where both are known. Countries come from the {@code entities} layer where present,
 * else from sitrep-core's country table (names, demonyms, capitals as metonyms).
 */
final class Titles {
  /** A title a person holds in the text: its lemma and its country (alpha-3), which may be null. */
  record Title(String role, String country) {
  }

  private static final Map<String, Set<String>> KIN = loadKin();
  private static final Map<String, String> COUNTRY_WORDS = loadCountries();
  private static final int TITLE_REACH = 6;

  private final DocIndex ix;
  private final Names names;

  Titles(DocIndex ix, Names names) {
    this.ix = ix;
    this.names = names;
  }

  private static Map<String, Set<String>> loadKin() {
    Map<String, Set<String>> m = new HashMap<>();
    for (DataTable.Row r : DataTable.load(Titles.class, "role-kin.tsv").rows()) {
      m.put(r.get(0), Set.copyOf(r.values(1)));
    }
    return Map.copyOf(m);
  }

  private static Map<String, String> loadCountries() {
    Map<String, String> m = new HashMap<>();
    for (Countries.Country c : Countries.all()) {
      for (var l : java.util.List.of(c.names(), c.demonyms(), c.capitals())) {
        l.forEach(n -> m.putIfAbsent(n.toLowerCase(Locale.ROOT), c.code()));
      }
    }
    return Map.copyOf(m);
  }

  /** Whether a description with role {@code description} may refer to a person titled {@code title}. */
  static boolean kin(String description, String title) {
    return description.equals(title) || KIN.getOrDefault(description, Set.of()).contains(title);
  }

  /** The titles person mention {@code n} is introduced with: words before the name, and an apposition. */
  Set<Title> of(Named n) {
    Set<Title> out = new HashSet<>();
    int sentStart = ix.sentenceOfToken(n.firstToken()).tokens().start();
    int from = n.firstToken();
    for (int i = n.firstToken() - 1; i >= Math.max(sentStart, n.firstToken() - TITLE_REACH); i--) {
      String pos = ix.pos(i);
      if (pos.startsWith("VB") || pos.equals(",") || pos.equals("DT") || names.at(i) != null
          && names.at(i).type().equals("PERSON")) {
        break;
      }
      from = i;
    }
    addTitles(from, n.firstToken() - 1, out);
    for (int i = n.firstToken(); i <= n.lastToken(); i++) {
      Dependency h = ix.head(i);
      if (h != null && h.relation().equals("appos") && h.governor() >= 0
          && (h.governor() < n.firstToken() || h.governor() > n.lastToken())
          && Lexicon.PERSON_ROLES.contains(ix.lemma(h.governor()))) {
        // the name in apposition to its title: "Pakistan's representative to the UN, Munir Akram, said"
        int g = h.governor();
        int[] sub = ix.subtree(g);
        int end = g;
        for (int t : sub) {
          if (t < n.firstToken() && t > end && !ix.isPunct(t)) {
            end = t;
          }
        }
        addTitles(sub[0], end, out);
      }
      for (Dependency d : ix.children(i)) {
        if (d.relation().equals("appos")) {
          int[] sub = ix.subtree(d.dependent());
          addTitles(sub[0], sub[sub.length - 1], out);
        }
      }
    }
    return out;
  }

  private void addTitles(int a, int b, Set<Title> out) {
    if (a > b) {
      return;
    }
    String country = country(a, b);
    for (int i = a; i <= b; i++) {
      if (Lexicon.PERSON_ROLES.contains(ix.lemma(i)) && ix.pos(i).startsWith("NN")) {
        out.add(new Title(ix.lemma(i), country));
      }
    }
  }

  /** The first country tokens {@code a..b} name ("Turkish", "U.S.", "North Korea's", "Washington"), or null. */
  String country(int a, int b) {
    for (int i = a; i <= b; i++) {
      var sp = ix.token(i).span();
      ActorCode ac = names.actorAt(sp.start(), sp.end());
      if (ac != null && ac.country() != null) {
        return ac.country();
      }
      for (int len = Math.min(4, b - i + 1); len >= 1; len--) {
        String words = ix.text().substring(sp.start(), ix.token(i + len - 1).span().end());
        String code = COUNTRY_WORDS.get(words.toLowerCase(Locale.ROOT));
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  /** The country a description headed by {@code tok} names in its modifiers, or null. */
  String countryOfDescription(int tok) {
    for (Dependency d : ix.children(tok)) {
      String r = d.relation();
      if (r.equals("amod") || r.startsWith("compound") || r.equals("nmod:poss")) {
        int[] sub = ix.subtree(d.dependent());
        String c = country(sub[0], sub[sub.length - 1]);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /** The country person {@code n} is of, from any of the article's titles for that person, else its actor code. */
  String countryOfPerson(Named n, Iterable<Named> all) {
    for (Named o : all) {
      if (o.type().equals("PERSON") && o.name() != null && o.name().equals(n.name())) {
        for (Title t : of(o)) {
          if (t.country() != null) {
            return t.country();
          }
        }
      }
    }
    return n.actor() == null ? null : n.actor().country();
  }
}
