package org.sitrep.events;

import static org.sitrep.events.CoderWords.DOCUMENT_NOUNS;
import static org.sitrep.events.CoderWords.FORCE_NOUNS;
import static org.sitrep.events.CoderWords.GOVERNMENT_NOUNS;
import static org.sitrep.events.CoderWords.GROUP_PRONOUNS;
import static org.sitrep.events.CoderWords.PERSONAL;
import static org.sitrep.events.CoderWords.REGIME_NOUNS;
import static org.sitrep.events.CoderWords.TITLES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.PlaceRecord;

/**
 * What an argument head denotes as actors (country, sector, name): named entities, coordinated nationalities,
 * titles heading a name, "the regime", metonymic capitals, and pronouns through {@link Pronouns} and its
 * per-document memory of resolved actor phrases.
 */
final class ActorResolver extends CoderPart {
  private final Document doc;
  private final ArticleCountries countries;
  private final DefiniteDescriptions descriptions;
  private final Pronouns pronouns;
  private final Whereabouts whereabouts;

  ActorResolver(CoderContext c) {
    super(c);
    this.doc = c.doc;
    this.countries = new ArticleCountries(c);
    this.descriptions = new DefiniteDescriptions(c);
    this.pronouns = new Pronouns(c, this);
    this.whereabouts = new Whereabouts(c);
  }

  // ------------------------------------------------------------------ actor resolution

  /** The actors an argument head denotes: one per conjunct and per coordinated nationality. */
  List<ActorRecord> resolve(int a, Trigger t) {
    List<ActorRecord> out = new ArrayList<>();
    Token tok = tokens.get(a);
    String f = Text.fold(tok.text());
    List<ActorRecord> pronoun = pronouns.resolve(a, t);
    if (pronoun != null) {
      return pronoun;
    }
    // relative pronoun mis-attached by the parser: the noun phrase before the comma
    if (tok.pos() != null && (tok.pos().equals("WDT") || tok.pos().equals("WP")) && a > 0) {
      int k = a - 1;
      while (k > 0 && !Text.startsLetterOrDigit(tokens.get(k).text())) {
        k--;
      }
      if (tokens.get(k).isNoun() || entityAt[k] != null) { // k is in [0, a)
        return resolve(k, t);
      }
      return out;
    }
    // "the statement" (threatened ...): whoever issued the statement named before
    int issuer = issuerOf(a);
    if (issuer >= 0) {
      for (ActorRecord r : resolve(issuer, t)) {
        out.add(new ActorRecord(tok.text(), r.name(), r.country(), r.sector(), r.id()));
      }
      return out;
    }
    // named entity at the head; a known person's name that NER missed in this sentence
    EntityRecord e = entityAt[a];
    if (e == null && tok.isProperNoun()) {
      e = personByName.get(Text.fold(tok.text()));
    }
    if (e != null && !e.type().equals("TITLE")) {
      ActorRecord r = fromEntity(e, a);
      if (r != null) {
        out.add(r);
      }
      return out;
    }
    // coordinated nationalities on one head: "Russian and Syrian planes"
    int[] range = NounPhrase.rangeNoConj(parse, a);
    ActorReader.Reading reading = ActorReader.read(tokens, range[0], range[1], a);
    List<Integer> nationalities = new ArrayList<>();
    for (Dependency d : parse.children(a)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound")) && countryOf(d.dependent()) != null) {
        nationalities.add(d.dependent());
      }
    }
    if (nationalities.size() > 1) {
      for (int n : nationalities) {
        ActorLexicon.Country c = countryOf(n);
        out.add(new ActorRecord(tokens.get(n).text() + " " + tok.text(), null, c.code(), reading.sector(), null));
      }
      return out;
    }
    // a title heading a name ("Turkey's President Recep Tayyip Erdoğan threatened"): the person
    if (tok.isProperNoun() || TITLES.contains(parse.lemma(a))) {
      List<Integer> around = new ArrayList<>();
      for (int k = range[0]; k < range[1]; k++) {
        around.add(k);
      }
      for (Dependency d : parse.children(a)) {
        if (d.relation().equals("dep") || d.relation().equals("appos")) {
          around.add(d.dependent());
        }
      }
      for (int k : around) {
        EntityRecord inner = entityAt[k];
        if (inner != null && inner.type().equals("PERSON")) {
          ActorRecord p = fromEntity(inner, k);
          if (p != null) {
            String c = p.country() != null ? p.country() : reading.country();
            String sec = p.sector() != null ? p.sector() : reading.sector();
            out.add(new ActorRecord(trimPossessive(ActorReader.surface(tokens, range[0], range[1])), p.name(), c, sec,
                null));
            return out;
          }
        }
      }
    }
    // "the council" after "the U.N. Security Council": a definite description whose head is the head of an
    // organisation named before it stands for that organisation
    if (reading.country() == null) {
      EntityRecord named = descriptions.organisation(a);
      if (named != null) {
        ActorRecord r = fromEntity(named, a);
        if (r != null) {
          out.add(new ActorRecord(trimPossessive(ActorReader.surface(tokens, range[0], range[1])), r.name(),
              r.country(), r.sector(), r.id()));
          return out;
        }
      }
    }
    // "the journalist" after "Cambodian journalist Mech Dara": a definite description whose head is the title a
    // person was introduced with stands for that person
    if (reading.country() == null) {
      EntityRecord named = descriptions.person(a);
      if (named != null) {
        ActorRecord r = fromEntity(named, a);
        if (r != null) {
          out.add(new ActorRecord(trimPossessive(ActorReader.surface(tokens, range[0], range[1])), r.name(),
              r.country(), r.sector() != null ? r.sector() : reading.sector(), r.id()));
          return out;
        }
      }
    }
    String country = reading.country();
    String sector = reading.sector();
    String name = null;
    // entities inside the phrase ("the Assad regime", "forces loyal to Assad", "Erdoğan's government")
    if (country == null) {
      for (int k = range[0]; k < range[1]; k++) {
        EntityRecord inner = entityAt[k];
        if (inner != null && inner.actor() != null && inner.actor().country() != null) {
          country = inner.actor().country();
          break;
        }
      }
    }
    if (country == null && sector != null && CoderWords.LOCATED_SECTORS.contains(sector)) {
      country = whereabouts.country(a); // "militants present on Afghan soil": of the country they are said to be in
    }
    if (country == null) {
      for (int k = range[0]; k < range[1]; k++) {
        if (REGIME_NOUNS.contains(parse.lemma(k)) || k != a && isPersonNamedRegime(k)) {
          country = regimeCountry();
          sector = sector == null ? "GOV" : sector;
          break;
        }
      }
    }
    if (country == null) {
      // possessive pronoun: "its troops" -> the clause's subject
      for (int k = range[0]; k < range[1]; k++) {
        String pf = Text.fold(tokens.get(k).text());
        // not where it possesses a noun of another party: "its northern neighbor's exports" are not its own
        // (branch evvol10; `other_party_nouns`)
        if ("PRP$".equals(tokens.get(k).pos()) && (GROUP_PRONOUNS.contains(pf) || PERSONAL.contains(pf))
            && !(parse.head(k) >= 0 && CoderWords.OTHER_PARTY_NOUNS.contains(parse.lemma(parse.head(k))))) {
          ActorRecord r = PERSONAL.contains(pf) ? pronouns.personalReferent(k, t) : pronouns.previousGroup(k, t);
          if (r != null) {
            country = r.country();
          }
        }
      }
    }
    if (reading.fromCapital() && sector == null) {
      sector = "GOV";
    }
    PlaceRecord place = placeAt.get(tok.span().start());
    if (place != null && Boolean.TRUE.equals(place.metonym()) && place.countryCode() != null) {
      String iso3 = iso3(place.countryCode());
      if (iso3 != null) {
        country = iso3;
        sector = sector == null ? "GOV" : sector;
      }
    }
    // "the president", "the Turkish president": the person of the article with that role
    if (name == null && "GOV".equals(sector) && !tok.isProperNoun() && TITLES.contains(parse.lemma(a))) {
      EntityRecord p = titledPerson(a, country);
      if (p != null) {
        name = p.name();
        country = country != null ? country : p.actor().country();
      }
    }
    if (country == null && "NGO".equals(sector)) {
      // a non-governmental group named by its cause with no nationality ("a human rights group", "humanitarian
      // agencies"): PLOVER's actor NGO, as a named one ("Amnesty International") is
      country = "NGO";
    }
    if (country == null && sector == null) {
      return out;
    }
    if (country != null && name == null && tok.isProperNoun()) {
      name = countryName(country);
    }
    if ("IGO".equals(country) && name == null) { // "diplomats from the Group of Seven": the grouping (StateGroupings)
      name = StateGroupings.get().namedIn(tokens, range[0], range[1]);
    }
    String text = trimPossessive(ActorReader.surface(tokens, range[0], range[1]));
    out.add(new ActorRecord(text, name, country, sector, null));
    return out;
  }

  /**
   * Who issued a document noun that acts ("the statement threatened"): the party of its "by" phrase ("the
   * statement by the ministry"); else, for a definite one with nothing of its own to say whose it is (not "the
   * ministry's statement"), the subject of the verb of which the same noun was last the object, in this sentence
   * or the two before ("Blinken issued a statement ... The statement threatened"); else -1.
   */
  private int issuerOf(int a) {
    if (!DOCUMENT_NOUNS.contains(parse.lemma(a)) || entityAt[a] != null) {
      return -1;
    }
    int by = parse.child(a, "nmod:by");
    if (by >= 0) {
      return by; // "the statement by the ministry"
    }
    int det = parse.child(a, "det");
    if (det < 0 || !Text.fold(tokens.get(det).text()).equals("the") || parse.child(a, "nmod:poss") >= 0
        || parse.child(a, "amod") >= 0 || parse.child(a, "compound") >= 0) {
      return -1;
    }
    int sentence = tokens.get(a).sentence();
    for (int k = a - 1; k >= 0 && tokens.get(k).sentence() >= sentence - 2; k--) {
      if (parse.lemma(k).equals(parse.lemma(a)) && parse.headRel(k).equals("obj")) {
        int subject = parse.child(parse.head(k), "nsubj");
        return subject >= 0 && !DOCUMENT_NOUNS.contains(parse.lemma(subject)) ? subject : -1;
      }
    }
    return -1;
  }

  /** The most recent person before {@code a} with a government role (and the country, where given). */
  private EntityRecord titledPerson(int a, String country) {
    for (int i = a - 1; i >= 0; i--) {
      EntityRecord e = entityAt[i];
      if (e != null && e.type().equals("PERSON") && e.actor() != null && "GOV".equals(e.actor().sector())
          && e.actor().country() != null && (country == null || country.equals(e.actor().country()))) {
        return e;
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("\\s*['\u2019]s?$");
  private static final java.util.regex.Pattern PREPOSITION_START =
      java.util.regex.Pattern.compile("^(on|against|at|to|by|from|with|of|in|upon|into) ");

  private static String trimPossessive(String s) {
    return PREPOSITION_START.matcher(POSSESSIVE_END.matcher(s).replaceFirst("")).replaceFirst("");
  }

  private boolean isPersonNamedRegime(int k) {
    EntityRecord e = entityAt[k];
    return e != null && e.type().equals("PERSON") && e.actor() == null;
  }

  private ActorRecord fromEntity(EntityRecord e, int a) {
    ActorCode code = e.actor();
    String country = code == null ? null : code.country();
    String sector = code == null ? null : code.sector();
    if (e.type().equals("COUNTRY") || e.type().equals("NATIONALITY")) {
      return country == null ? null : new ActorRecord(e.text(), e.name(), country, sector, null);
    }
    if (e.type().equals("CITY") || e.type().equals("LOCATION") || e.type().equals("STATE_OR_PROVINCE")) {
      PlaceRecord place = placeAt.get(e.start());
      if (place != null && Boolean.TRUE.equals(place.metonym()) && place.countryCode() != null) {
        String iso3 = iso3(place.countryCode());
        return iso3 == null ? null : new ActorRecord(e.text(), countryName(iso3), iso3, "GOV", null);
      }
      ActorLexicon.Country cap = actors.capital(e.text());
      return cap == null ? null : new ActorRecord(e.text(), cap.name(), cap.code(), "GOV", null);
    }
    if (e.type().equals("PERSON") && country == null && regimeLinked(e)) {
      country = regimeCountry();
      sector = sector == null ? "GOV" : sector;
    }
    if (country == null && sector == null && e.type().equals("ORGANIZATION")) {
      return null;
    }
    return new ActorRecord(e.text(), e.name(), country, sector, null);
  }

  /** A person whose name modifies "regime", "forces" or "government" somewhere in the article ("the Assad regime"). */
  private final Map<String, Boolean> regimeLinkedByName = new HashMap<>();

  private boolean regimeLinked(EntityRecord e) {
    return regimeLinkedByName.computeIfAbsent(String.valueOf(e.name()), k -> regimeLinkedScan(e));
  }

  private boolean regimeLinkedScan(EntityRecord e) {
    for (int i = 0; i < tokens.size(); i++) {
      EntityRecord x = entityAt[i];
      if (x != null && x.type().equals("PERSON") && x.name() != null && x.name().equals(e.name())) {
        int h = parse.head(i);
        String rel = parse.headRel(i);
        if (h >= 0 && (rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("amod"))
            && (REGIME_NOUNS.contains(parse.lemma(h)) || GOVERNMENT_NOUNS.contains(parse.lemma(h))
            || FORCE_NOUNS.contains(parse.lemma(h)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Remembers the actor phrases of a sentence for later pronouns ({@link Pronouns#rememberActors}). */
  void rememberActors(Sentence s) {
    pronouns.rememberActors(s);
  }

  /** The government "the regime" means in this article (see {@link ArticleCountries#regime}). */
  String regimeCountry() {
    return countries.regime();
  }

  /** The country an event at token {@code i} takes place in (see {@link ArticleCountries#local}). */
  String localCountry(int i) {
    return countries.local(i);
  }
}
