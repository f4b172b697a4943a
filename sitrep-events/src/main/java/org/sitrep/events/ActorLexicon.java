package org.sitrep.events;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.data.SectorNouns;
import org.sitrep.core.model.ActorCode;

/**
 * The actor tables of {@code org/sitrep/events}: countries (names, demonyms, capitals), organisations and
 * sector nouns/titles. Loaded once per process ({@link #get()}); immutable and thread-safe.
 */
public final class ActorLexicon {
  /** A country: its code, its first (canonical) name. */
  public record Country(String code, String name) {
  }

  private static final class Holder {
    static final ActorLexicon INSTANCE = new ActorLexicon();
  }

  private final Map<String, Country> byName = new HashMap<>();      // folded name or demonym
  private final Map<String, Country> byCapital = new HashMap<>();   // folded capital (metonym)
  private final Map<String, Country> byExactCase = new HashMap<>(); // acronyms such as US, UK
  private final Map<String, Country> byCode = new HashMap<>();
  private final Map<String, ActorCode> orgs = new HashMap<>();      // folded org name
  private final Map<String, ActorCode> orgsExact = new HashMap<>(); // acronyms: exact case
  private final Map<String, String> sectors = new HashMap<>();      // folded lemma phrase -> sector
  private int maxPhraseTokens = 1;

  public static ActorLexicon get() {
    return Holder.INSTANCE;
  }

  private ActorLexicon() {
    for (org.sitrep.core.doc.Countries.Country country : org.sitrep.core.doc.Countries.all()) {
      String code = country.code();
      Country c = new Country(code, country.names().get(0));
      byCode.put(code, c);
      for (String n : country.names()) {
        put(n, c, byName);
      }
      for (String n : country.demonyms()) {
        put(n, c, byName);
      }
      for (String n : country.capitals()) {
        byCapital.put(Text.fold(n), c);
        count(n);
      }
    }
    for (DataTable.Row row : DataTable.load(ActorLexicon.class, "organizations.tsv").rows()) {
      ActorCode code = new ActorCode(row.get(0).equals("-") ? null : row.get(0), row.get(1)); // "-": no country
      for (String n : row.values(2)) {
        if (Text.isAcronym(n.replace(".", ""))) {
          orgsExact.put(Text.foldKeepCase(n), code);
        } else {
          orgs.put(Text.fold(n), code);
        }
        count(n);
      }
    }
    ActorCode grouping = new ActorCode("IGO", "IGO"); // read as one body; listed as its members (StateGroupings)
    for (String n : StateGroupings.get().names()) {
      if (Text.isAcronym(n.replace(".", ""))) {
        orgsExact.putIfAbsent(Text.foldKeepCase(n), grouping);
      } else {
        orgs.putIfAbsent(Text.fold(n), grouping);
      }
      count(n);
    }
    for (SectorNouns.Entry e : SectorNouns.all().values()) { // sitrep-core's one table of sector nouns
      sectors.put(Text.fold(e.noun()), e.sector());
    }
  }

  private void put(String name, Country c, Map<String, Country> folded) {
    if (Text.isAcronym(name.replace(".", "")) && name.length() <= 6) {
      byExactCase.put(Text.foldKeepCase(name), c);
    } else {
      folded.putIfAbsent(Text.fold(name), c);
    }
    count(name);
  }

  private void count(String name) {
    maxPhraseTokens = Math.max(maxPhraseTokens, name.split("[ \\-]").length + 2);
  }

  /** The country a name or demonym denotes ("Turkey", "Turkish", "U.S."), or null. */
  public Country country(String phrase) {
    Country c = byExactCase.get(Text.foldKeepCase(phrase));
    if (c == null) {
      c = byName.get(Text.fold(phrase));
    }
    return c;
  }

  /** The country whose capital (or seat of government) this is ("Ankara", "Kremlin"), or null. */
  public Country capital(String phrase) {
    return byCapital.get(Text.fold(phrase));
  }

  public Country byCode(String code) {
    return byCode.get(code);
  }

  /** An organisation from the table ("U.N.", "NATO", "Human Rights Watch"), or null. */
  public ActorCode organization(String phrase) {
    ActorCode c = orgsExact.get(Text.foldKeepCase(phrase));
    if (c == null) {
      c = orgs.get(Text.fold(phrase));
    }
    if (c == null && phrase.toLowerCase(java.util.Locale.ROOT).startsWith("the ")) {
      return organization(phrase.substring(4));
    }
    return c;
  }

  /** The sector of a lemma or phrase ("troops" -> MIL, "foreign minister" -> GOV); "*" for role words. */
  public String sector(String lemmaPhrase) {
    return sectors.get(Text.fold(lemmaPhrase));
  }

  /** The longest table entry, in tokens (bounds phrase matching). */
  public int maxPhraseTokens() {
    return maxPhraseTokens;
  }
}
