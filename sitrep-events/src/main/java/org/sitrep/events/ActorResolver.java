package org.sitrep.events;

import static org.sitrep.events.CoderWords.DOCUMENT_NOUNS;
import static org.sitrep.events.CoderWords.FORCE_NOUNS;
import static org.sitrep.events.CoderWords.GOVERNMENT_NOUNS;
import static org.sitrep.events.CoderWords.FIRST_PERSON;
import static org.sitrep.events.CoderWords.FIRST_PERSON_PLURAL;
import static org.sitrep.events.CoderWords.GROUP_PRONOUNS;
import static org.sitrep.events.CoderWords.PERSONAL;
import static org.sitrep.events.CoderWords.REGIME_NOUNS;
import static org.sitrep.events.CoderWords.SINGULAR_GROUP_PRONOUNS;
import static org.sitrep.events.CoderWords.SPEECH;
import static org.sitrep.events.CoderWords.TITLES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.PlaceRecord;

/**
 * What an argument head denotes as actors (country, sector, name): pronouns through the discourse memory,
 * named entities, coordinated nationalities, titles heading a name, "the regime", metonymic capitals. Holds
 * the per-document memory of resolved actor phrases ({@link #rememberActors}).
 */
final class ActorResolver extends CoderPart {
  private final Document doc;
  private final ArticleCountries countries;
  private final DefiniteDescriptions descriptions;
  /** Resolved actor phrases so far (token index of the head -> reading), for "they"/"it". */
  private final TreeMap<Integer, ActorRecord> seen = new TreeMap<>();

  ActorResolver(CoderContext c) {
    super(c);
    this.doc = c.doc;
    this.countries = new ArticleCountries(c);
    this.descriptions = new DefiniteDescriptions(c);
  }

  // ------------------------------------------------------------------ actor resolution

  /** The actors an argument head denotes: one per conjunct and per coordinated nationality. */
  List<ActorRecord> resolve(int a, Trigger t) {
    List<ActorRecord> out = new ArrayList<>();
    Token tok = tokens.get(a);
    String f = Text.fold(tok.text());
    // pronouns
    if (PERSONAL.contains(f) && ("PRP".equals(tok.pos()) || "PRP$".equals(tok.pos()))) {
      ActorRecord bound = spokenBy(a, t);
      if (bound != null) {
        out.add(new ActorRecord(tok.text(), bound.name(), bound.country(), bound.sector(), null));
        return out;
      }
      EntityRecord p = previousPerson(a);
      if (p != null) {
        out.add(new ActorRecord(tok.text(), p.name(), p.actor() == null ? null : p.actor().country(),
            p.actor() == null ? null : p.actor().sector(), null));
      }
      return out;
    }
    if ((FIRST_PERSON.contains(f) || FIRST_PERSON_PLURAL.contains(f)) && tok.pos() != null && tok.pos().startsWith("PRP")) {
      ActorRecord r = firstPersonReferent(a, t);
      if (r != null) {
        out.add(r);
      }
      return out;
    }
    if (GROUP_PRONOUNS.contains(f) && tok.pos() != null && tok.pos().startsWith("PRP")) {
      ActorRecord r = groupSpokenBy(a, t);
      r = r != null ? r : ownersSubject(a, t);
      r = r != null ? r : previousGroup(a, t);
      if (r != null) {
        out.add(new ActorRecord(tok.text(), r.name(), r.country(), r.sector(), null));
      }
      return out;
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
        if ("PRP$".equals(tokens.get(k).pos()) && (GROUP_PRONOUNS.contains(pf) || PERSONAL.contains(pf))) {
          ActorRecord r = PERSONAL.contains(pf) ? personalReferent(k, t) : previousGroup(k, t);
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
    if (country == null && sector == null) {
      return out;
    }
    if (country != null && name == null && tok.isProperNoun()) {
      name = countryName(country);
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

  private ActorRecord personRecord(EntityRecord p) {
    if (p == null) {
      return null;
    }
    return new ActorRecord(p.text(), p.name(), p.actor() == null ? null : p.actor().country(),
        p.actor() == null ? null : p.actor().sector(), null);
  }

  /** A personal pronoun's referent: the speaker whose words hold it, else the last person named before it. */
  private ActorRecord personalReferent(int k, Trigger t) {
    ActorRecord bound = spokenBy(k, t);
    return bound != null ? bound : personRecord(previousPerson(k));
  }

  /**
   * "'We urge X to ...,' Khan said", "'I will not resign,' she said": a first-person pronoun in reported words
   * is the speaker ("I", named as the speaker) or the speaker's side ("we": the speaker's country and sector,
   * no name); null where the words have no speaker that resolves to an actor. Never the last person named:
   * outside reported words "I" and "we" are the writer's.
   */
  private ActorRecord firstPersonReferent(int a, Trigger t) {
    ActorRecord s = speakerActor(a, t, true);
    if (s == null) {
      return null;
    }
    boolean singular = FIRST_PERSON.contains(Text.fold(tokens.get(a).text()));
    if (!singular && s.country() == null && s.sector() == null) {
      return null; // "we" of a speaker with no known side says nothing
    }
    return new ActorRecord(tokens.get(a).text(), singular ? s.name() : null, s.country(), s.sector(), null);
  }

  /**
   * "The Afghan army chief said his forces killed ...", "Smith said he would resign": a personal pronoun in
   * what a speaker says refers to the speaker; null where no such speaker resolves to an actor.
   */
  private ActorRecord spokenBy(int a, Trigger t) {
    return speakerActor(a, t, false);
  }

  /**
   * The actor of the speaker whose reported words hold {@code a}, or null; a speaker that is itself a personal
   * pronoun ("he said") counts only where {@code pronounSpeaker}.
   */
  private ActorRecord speakerActor(int a, Trigger t, boolean pronounSpeaker) {
    int speaker = reportingSpeaker(a);
    if (speaker < 0 || !pronounSpeaker && PERSONAL.contains(Text.fold(tokens.get(speaker).text()))) {
      return null;
    }
    List<ActorRecord> r = resolve(speaker, t);
    return r.isEmpty() ? null : r.get(0);
  }

  /**
   * The subject of the verb of saying whose reported clause holds {@code a} ("X said [that] he ..."), where that
   * subject is a named person or a singular noun phrase ("the army chief"; not a group or a pronoun); else -1.
   * Only the nearest reporting verb counts, and the pronoun must not be that verb's own argument.
   */
  private int reportingSpeaker(int a) {
    int g = reportingVerb(a);
    if (g >= 0) {
      return personSubject(g, a);
    }
    // the quoted clause parsed as the root, the verb of saying hung on it ("'...,' she said")
    int root = rootOf(a);
    for (int p : root < 0 ? List.<Integer>of() : parse.children(root, "parataxis")) {
      if (p > a && SPEECH.contains(parse.lemma(p))) {
        return personSubject(p, a);
      }
    }
    return -1;
  }

  /**
   * The verb of saying whose reported clause ({@code ccomp}, {@code parataxis}) holds {@code a}: the nearest one
   * on the way up from {@code a}, within six steps; -1 where none.
   */
  private int reportingVerb(int a) {
    int cur = a;
    for (int depth = 0; depth < 6; depth++) {
      int g = parse.head(cur);
      if (g < 0) {
        return -1;
      }
      String rel = parse.headRel(cur);
      if ((rel.equals("ccomp") || rel.startsWith("parataxis")) && SPEECH.contains(parse.lemma(g))) {
        return g;
      }
      cur = g;
    }
    return -1;
  }

  /** The root of {@code a}'s sentence, where it is within six steps up from {@code a}; else -1. */
  private int rootOf(int a) {
    int cur = a;
    for (int depth = 0; depth < 6; depth++) {
      int g = parse.head(cur);
      if (g < 0) {
        return cur;
      }
      cur = g;
    }
    return -1;
  }

  /**
   * "The ministry said it had ...", "Police said they killed ...": a group pronoun in what a group says refers to
   * the group, where they agree in number ("it" a singular non-person subject, "they" a plural one); null where
   * the nearest verb of saying has no such subject or it resolves to no actor.
   */
  private ActorRecord groupSpokenBy(int a, Trigger t) {
    int g = reportingVerb(a);
    int subj = g < 0 ? -1 : parse.child(g, "nsubj");
    if (subj < 0 || subj == a || entityAt[subj] != null && entityAt[subj].type().equals("PERSON")
        || !tokens.get(subj).isNoun()) {
      return null;
    }
    String pos = tokens.get(subj).pos();
    boolean plural = "NNS".equals(pos) || "NNPS".equals(pos);
    if (SINGULAR_GROUP_PRONOUNS.contains(Text.fold(tokens.get(a).text())) == plural) {
      return null;
    }
    List<ActorRecord> r = resolve(subj, t);
    return r.size() == 1 && (r.get(0).country() != null || r.get(0).sector() != null) ? r.get(0) : null;
  }

  /**
   * "The watchdog reiterated its call", "the rebels stepped up their attacks": a possessive group pronoun in a
   * clause's object or oblique refers to that clause's subject (the subject of the clause it is conjoined to, where
   * it has none of its own), where they agree in number and the subject is a group, not a person; null otherwise.
   */
  private ActorRecord ownersSubject(int a, Trigger t) {
    if (!"PRP$".equals(tokens.get(a).pos()) || !parse.headRel(a).equals("nmod:poss")) {
      return null;
    }
    int cur = parse.head(a);
    for (int depth = 0; depth < 3 && cur >= 0 && !tokens.get(cur).isVerb(); depth++) {
      String rel = parse.headRel(cur);
      if (!(rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod") && !rel.equals("nmod:poss"))) {
        return null; // inside a subject ("its forces attacked") or a loose phrase: no binder
      }
      cur = parse.head(cur);
    }
    if (cur < 0 || !tokens.get(cur).isVerb()) {
      return null;
    }
    int subj = parse.child(cur, "nsubj");
    if (subj < 0 && parse.headRel(cur).startsWith("conj")) {
      subj = parse.child(parse.head(cur), "nsubj"); // "welcomed the release and reiterated its call"
    }
    if (subj < 0 || entityAt[subj] != null && entityAt[subj].type().equals("PERSON") || !tokens.get(subj).isNoun()
        || tokens.get(subj).pos().startsWith("PRP")) {
      return null;
    }
    String pos = tokens.get(subj).pos();
    boolean plural = "NNS".equals(pos) || "NNPS".equals(pos) || !parse.children(subj, "conj").isEmpty();
    if (SINGULAR_GROUP_PRONOUNS.contains(Text.fold(tokens.get(a).text())) == plural) {
      return null;
    }
    List<ActorRecord> r = resolve(subj, t);
    return r.size() == 1 && (r.get(0).country() != null || r.get(0).sector() != null) ? r.get(0) : null;
  }

  /** The subject of verb of saying {@code g} if it is a named person or one noun phrase with a role; else -1. */
  private int personSubject(int g, int a) {
    int subj = parse.child(g, "nsubj");
    if (subj < 0 || subj == a) {
      return -1;
    }
    Token st = tokens.get(subj);
    EntityRecord e = entityAt[subj];
    // a named person, or one noun phrase with a role ("the army chief"): the actor it resolves to
    boolean person = e != null ? e.type().equals("PERSON") : "NN".equals(st.pos());
    return person ? subj : -1;
  }

  private EntityRecord previousPerson(int a) {
    int sentence = tokens.get(a).sentence();
    for (int i = a - 1; i >= 0 && tokens.get(i).sentence() >= sentence - 2; i--) {
      EntityRecord e = entityAt[i];
      if (e != null && e.type().equals("PERSON")) {
        return e;
      }
    }
    return null;
  }

  /** The nearest preceding group actor ("they", "it") in this or the previous sentence, not in this clause's subject. */
  private ActorRecord previousGroup(int a, Trigger t) {
    int sentence = tokens.get(a).sentence();
    // not the subject of the clause the pronoun sits in or hangs from ("Turkey ... holding it responsible",
    // "Erdogan threatened ... unless they pull back")
    Set<Integer> clauseSubjects = new java.util.HashSet<>();
    String prel = parse.headRel(a);
    int pgov = parse.head(a);
    boolean avoidSubject = !"PRP$".equals(tokens.get(a).pos()) && (prel.equals("obj") || prel.equals("iobj")
        || prel.startsWith("obl") || prel.startsWith("nsubj") && pgov >= 0
        && (parse.headRel(pgov).startsWith("advcl") || "JJ".equals(tokens.get(pgov).pos())));
    int cur = avoidSubject ? a : -1;
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      int g = parse.head(cur);
      if (g < 0) {
        break;
      }
      for (int sj : parse.children(g, "nsubj")) {
        if (sj != a) {
          clauseSubjects.add(sj);
        }
      }
      cur = g;
    }
    Set<String> avoid = new java.util.HashSet<>();
    for (int sj : clauseSubjects) {
      if (sj < a) {
        for (ActorRecord r : resolveQuiet(sj)) {
          if (r.country() != null) {
            avoid.add(r.country());
          }
        }
      }
    }
    // nearest preceding noun phrase with a country in this or the previous sentence
    for (int i = a - 1; i >= 0 && tokens.get(i).sentence() >= sentence - 1; i--) {
      if (clauseSubjects.contains(i)) {
        continue;
      }
      boolean candidate = tokens.get(i).isNoun() && entityAt[i] == null
          || entityAt[i] != null && !entityAt[i].type().equals("PERSON");
      if (!candidate || !agreesInNumber(a, i)) {
        continue;
      }
      int[] range = NounPhrase.rangeNoConj(parse, i);
      if (range[1] - 1 != i && entityAt[i] == null) {
        continue;
      }
      List<ActorRecord> rs = resolveQuiet(i);
      if (rs.size() == 1 && rs.get(0).country() != null && !avoid.contains(rs.get(0).country())
          && !"CVL".equals(rs.get(0).sector())) {
        return rs.get(0);
      }
    }
    for (Map.Entry<Integer, ActorRecord> e : seen.headMap(a, false).descendingMap().entrySet()) {
      if (tokens.get(e.getKey()).sentence() < sentence - 1) {
        break;
      }
      ActorRecord r = e.getValue();
      if (r.country() != null && !avoid.contains(r.country()) && (r.sector() == null || !r.sector().equals("CVL"))
          && agreesInNumber(a, e.getKey())) {
        return r;
      }
    }
    return null;
  }

  /**
   * Whether group pronoun {@code a} can refer back to the phrase holding {@code k} by number: a common noun in the
   * singular ("the ministry", "the Peruvian ministry") is "it", in the plural ("the fishermen") "they". Names agree
   * with either ("Hamas said they ...").
   */
  private boolean agreesInNumber(int a, int k) {
    String rel = parse.headRel(k);
    if ((rel.equals("amod") || rel.equals("compound")) && parse.head(k) >= 0 && tokens.get(parse.head(k)).isNoun()) {
      k = parse.head(k); // "the Peruvian ministry": the head noun's number
    }
    String pos = tokens.get(k).pos();
    if (entityAt[k] != null || !("NN".equals(pos) || "NNS".equals(pos))) {
      return true;
    }
    return SINGULAR_GROUP_PRONOUNS.contains(Text.fold(tokens.get(a).text())) == "NN".equals(pos);
  }

  /** Remembers the actor phrases of a sentence for later pronouns. */
  void rememberActors(Sentence s) {
    for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
      String rel = parse.headRel(i);
      if (!(rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
        continue;
      }
      Token t = tokens.get(i);
      if (!(t.isNoun() || entityAt[i] != null) || t.pos().startsWith("PRP")) {
        continue;
      }
      List<ActorRecord> rs = resolveQuiet(i);
      if (rs.size() == 1 && rs.get(0).country() != null) {
        seen.put(i, rs.get(0));
      }
    }
  }

  private List<ActorRecord> resolveQuiet(int i) {
    Token t = tokens.get(i);
    String f = Text.fold(t.text());
    if (PERSONAL.contains(f) || GROUP_PRONOUNS.contains(f)) {
      return List.of();
    }
    return resolve(i, null);
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
