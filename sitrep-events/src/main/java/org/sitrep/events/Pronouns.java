package org.sitrep.events;

import static org.sitrep.events.CoderWords.FIRST_PERSON;
import static org.sitrep.events.CoderWords.FIRST_PERSON_PLURAL;
import static org.sitrep.events.CoderWords.GROUP_PRONOUNS;
import static org.sitrep.events.CoderWords.PERSONAL;
import static org.sitrep.events.CoderWords.SINGULAR_GROUP_PRONOUNS;
import static org.sitrep.events.CoderWords.SPEECH;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EntityRecord;

/**
 * What a pronoun in an event's argument stands for: a personal pronoun the speaker whose words hold it or the last
 * person named; "I"/"we" in reported words the speaker or the speaker's side; a group pronoun the group that says
 * it, the subject of its clause, or the last group named that agrees in number. Holds the per-document memory of
 * resolved actor phrases ({@link #rememberActors}); phrases themselves are resolved by {@link ActorResolver}.
 */
final class Pronouns extends CoderPart {
  private final ActorResolver resolver;
  /** Resolved actor phrases so far (token index of the head -> reading), for "they"/"it". */
  private final TreeMap<Integer, ActorRecord> seen = new TreeMap<>();

  Pronouns(CoderContext c, ActorResolver resolver) {
    super(c);
    this.resolver = resolver;
  }

  /** The actors pronoun {@code a} stands for (possibly none); null where {@code a} is no pronoun of these kinds. */
  List<ActorRecord> resolve(int a, Trigger t) {
    Token tok = tokens.get(a);
    String f = Text.fold(tok.text());
    if (tok.pos() == null || !tok.pos().startsWith("PRP")) {
      return null;
    }
    List<ActorRecord> out = new ArrayList<>();
    ActorRecord r;
    if (PERSONAL.contains(f) && ("PRP".equals(tok.pos()) || "PRP$".equals(tok.pos()))) {
      r = personalReferent(a, t);
    } else if (FIRST_PERSON.contains(f) || FIRST_PERSON_PLURAL.contains(f)) {
      r = firstPersonReferent(a, t);
      if (r != null) {
        out.add(r);
      }
      return out;
    } else if (GROUP_PRONOUNS.contains(f)) {
      r = groupSpokenBy(a, t);
      r = r != null ? r : ownersSubject(a, t);
      r = r != null ? r : previousGroup(a, t);
    } else {
      return null;
    }
    if (r != null) {
      out.add(new ActorRecord(tok.text(), r.name(), r.country(), r.sector(), null));
    }
    return out;
  }

  private ActorRecord personRecord(EntityRecord p) {
    if (p == null) {
      return null;
    }
    return new ActorRecord(p.text(), p.name(), p.actor() == null ? null : p.actor().country(),
        p.actor() == null ? null : p.actor().sector(), null);
  }

  /** A personal pronoun's referent: the speaker whose words hold it, else the last person named before it. */
  ActorRecord personalReferent(int k, Trigger t) {
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
    List<ActorRecord> r = resolver.resolve(speaker, t);
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
    List<ActorRecord> r = resolver.resolve(subj, t);
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
    List<ActorRecord> r = resolver.resolve(subj, t);
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

  /**
   * The last person named before pronoun {@code a} in its sentence or the two before, whose gender, as the
   * article gives it ({@link PersonGenders}), does not disagree with a gendered pronoun's; where there is none, a
   * gendered pronoun may reach back up to six sentences for a person the article gives its gender ("The head of
   * the agency said ... She and Wolf both urged ...", where the only person named since is a man; branch
   * evrole11).
   */
  private EntityRecord previousPerson(int a) {
    int sentence = tokens.get(a).sentence();
    int want = genders().sign(a);
    for (int i = a - 1; i >= 0 && tokens.get(i).sentence() >= sentence - 6; i--) {
      EntityRecord e = entityAt[i];
      if (e != null && e.type().equals("PERSON")) {
        int has = genders().of(e);
        boolean near = tokens.get(i).sentence() >= sentence - 2;
        if (near && has != -want || want != 0 && has == want) {
          return e;
        }
      }
    }
    return null;
  }

  private PersonGenders genders;

  private PersonGenders genders() {
    if (genders == null) {
      genders = new PersonGenders(ctx);
    }
    return genders;
  }

  /** The nearest preceding group actor ("they", "it") in this or the previous sentence, not in this clause's subject. */
  ActorRecord previousGroup(int a, Trigger t) {
    int sentence = tokens.get(a).sentence();
    // not the subject of the clause the pronoun sits in or hangs from ("Turkey ... holding it responsible",
    // "Erdogan threatened ... unless they pull back")
    Set<Integer> clauseSubjects = new java.util.HashSet<>();
    String prel = parse.headRel(a);
    int pgov = parse.head(a);
    // ... but the subject of a clause of cause may be the main clause's ("Taliban officials do not answer because
    // they have imposed a ban": the officials)
    boolean causal = pgov >= 0 && parse.children(pgov, "mark").stream()
        .anyMatch(m -> CoderWords.CAUSAL_MARKS.contains(parse.lemma(m)));
    boolean avoidSubject = !"PRP$".equals(tokens.get(a).pos()) && (prel.equals("obj") || prel.equals("iobj")
        || prel.startsWith("obl") || prel.startsWith("nsubj") && pgov >= 0 && !causal
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
    return resolver.resolve(i, null);
  }
}
