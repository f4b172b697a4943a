package org.sitrep.events;

import static org.sitrep.events.CoderWords.COMPLEMENT_SUBJECT;
import static org.sitrep.events.CoderWords.DOMESTIC;
import static org.sitrep.events.CoderWords.GOVERNMENT_NOUNS;
import static org.sitrep.events.CoderWords.LOCAL_CONFLICT;
import static org.sitrep.events.CoderWords.REGIME_NOUNS;
import static org.sitrep.events.CoderWords.STATE_SECTORS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EntityRecord;

/**
 * Actor and recipient of a trigger from its syntactic roles: subjects and agents, objects and the
 * prepositions of its frame, the modifiers of event nouns, folded complements, and a breadth-first search
 * for a recipient among the trigger's other dependents.
 */
final class RoleExtractor extends CoderPart {
  private final ActorResolver resolver;
  private final AskedParty asked;
  private final PassiveAgent passiveAgent;
  private final ClauseSearch clauses;
  private final InheritedSubjects subjects;

  RoleExtractor(CoderContext c, ActorResolver resolver) {
    super(c);
    this.resolver = resolver;
    this.asked = new AskedParty(c, resolver);
    this.passiveAgent = new PassiveAgent(c, resolver);
    this.clauses = new ClauseSearch(c);
    this.subjects = new InheritedSubjects(c);
  }

  // ------------------------------------------------------------------ arguments

  void arguments(Trigger t, Map<Integer, Trigger> byHead) {
    int h = t.head;
    boolean noun = nounLike(h);
    List<Integer> actorHeads = new ArrayList<>();
    List<Integer> recipientHeads = new ArrayList<>();
    Set<String> recipientRels = FrameRelations.recipient(t.entry.frame(), noun);
    boolean patientSubject = false; // a verb whose subject undergoes it (passive or adjectival passive)
    if (!noun) {
      boolean passive = false;
      for (Dependency d : parse.children(h)) {
        String r = d.relation();
        if (t.entry.frame() == Lexicon.Frame.RECEIVE && (r.equals("nsubj") || r.equals("obl:from"))) { // "got X from Y"
          (r.equals("nsubj") ? recipientHeads : actorHeads).add(d.dependent());
        } else if (r.equals("nsubj") || r.equals("nsubj:xsubj")) {
          actorHeads.add(d.dependent());
        } else if (r.startsWith("nsubj:pass")) {
          passive = true;
          recipientHeads.add(d.dependent());
        } else if (r.equals("obl:agent") || r.equals("obl:by") || r.equals("nmod:agent")) {
          actorHeads.add(d.dependent());
        } else if (r.startsWith("obl:between")) {
          actorHeads.add(d.dependent());
        } else if (recipientRels.contains(r) && !(passive && r.equals("obj")) && !asked.askedWithClause(d.dependent(), t)) {
          recipientHeads.add(d.dependent());
        } else if (r.equals("xcomp") && recipientRels.contains("obj") && "JJ".equals(tokens.get(d.dependent()).pos())) {
          // small clause: "holding it responsible" -> it
          recipientHeads.addAll(parse.children(d.dependent(), "nsubj"));
        }
      }
      VisitingParty.apply(parse, h, t, actorHeads, recipientHeads); // "welcomed visiting minister X": X visits
      if (CoderWords.BLAME_ON.contains(parse.lemma(h))) {
        Blame.retarget(parse, h, recipientHeads); // "blamed the raids on gunmen": the gunmen, not the raids
      }
      if (actorHeads.isEmpty() && !passive && "VBN".equals(tokens.get(h).pos()) && parse.headRel(h).equals("xcomp")
          && parse.children(parse.head(h), "obj").isEmpty()) {
        // an adjectival passive: "two soldiers stand accused of ...", "the journalist remained detained": the
        // subject of the verb it completes is the patient
        recipientHeads.addAll(parse.children(parse.head(h), "nsubj"));
        passive = !recipientHeads.isEmpty();
      }
      patientSubject = passive;
      if (actorHeads.isEmpty() && !passive) {
        actorHeads.addAll(subjects.of(h));
      } else if (actorHeads.isEmpty()) {
        actorHeads.addAll(passiveAgent.armedObliques(h, t)); // "were killed in [Israeli tank] shelling"
      }
      if (t.addressee >= 0) {
        recipientHeads.add(t.addressee);
      }
      if (t.lender != null) {
        Trigger l = t.lender;
        arguments(l, byHead);
        t.actor.addAll(l.actor);
      }
    } else {
      for (Dependency d : parse.children(h)) {
        String r = d.relation().startsWith("obl:") ? "nmod:" + d.relation().substring(4) : d.relation();
        if (r.equals("nmod:poss") && patientPossessor(h, d.dependent())) {
          recipientHeads.add(d.dependent()); // "the journalist's arrest", "his release": who undergoes it
        } else if (r.equals("nmod:from") && CoderWords.LEFT_PARTY_MODES.contains(t.entry.mode())) {
          recipientHeads.add(d.dependent()); // "the withdrawal of troops from X": X is left, not the one leaving
        } else if (r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:agent") || r.equals("nmod:from")) {
          actorHeads.add(d.dependent());
        } else if (r.startsWith("nmod:between") || r.equals("nmod:among")) {
          // "clashes between Turkey and the regime forces": first party actor, the others recipients; but a
          // mediation between two parties (PLOVER mode third-party) is aimed at both, its actor is the mediator
          if (actorHeads.isEmpty() && !parse.hasHeadRel(d.dependent(), "conj") && !"third-party".equals(t.mode)) {
            actorHeads.add(d.dependent());
          } else {
            recipientHeads.add(d.dependent());
          }
        } else if (r.equals("nmod:of") && t.entry.frame() == Lexicon.Frame.WITH) {
          // a gathering's genitive names who gathers: "a meeting of the Security Council", "talks of the two sides"
          actorHeads.add(d.dependent());
        } else if (recipientRels.contains(r)) {
          recipientHeads.add(d.dependent());
        }
      }
      // the noun's own modifiers: "Syrian shelling", "regime attacks", "a Turkish military convoy"
      List<ActorRecord> own = modifierActors(h);
      t.actor.addAll(own);
      boolean receptive = false;
      if (!parse.children(h, "cop").isEmpty() && parse.children(h, "case").stream()
          .anyMatch(c -> CoderWords.HELD_PREPOSITIONS.contains(parse.lemma(c)))) {
        // "the reporter had been in detention", "he is under arrest": the subject is in the state the noun names
        recipientHeads.addAll(parse.children(h, "nsubj"));
        receptive = true;
      }
      int place = partitiveHost(h);
      for (Dependency d : parse.heads(place)) {
        if (d.relation().equals("obj") && CoderWords.RECEPTIVE.contains(parse.lemma(d.governor()))) {
          // "the arrest drew international condemnation", "Iran faces sanctions": the subject undergoes it
          recipientHeads.addAll(parse.children(d.governor(), "nsubj"));
          receptive = true;
        }
        // "a resident who witnessed the attack", "residents hear gunfire": the subject of a verb of perceiving
        // (`perceiving`) neither does nor undergoes what it perceives; no actor from it (branch evvol8)
        receptive |= d.relation().equals("obj") && CoderWords.PERCEIVING.contains(parse.lemma(d.governor()));
        // "told reporters the release was a good sign": an event noun as the second object of a verb of speech
        // with an addressee heads the reported clause the parser read as an object; the speaker neither does nor
        // undergoes it (branch evrole9). "Announced the release of prisoners" (no addressee) still names its doer
        receptive |= subjects.reportedObject(d);
      }
      if (actorHeads.isEmpty() && own.isEmpty() && !receptive) {
        // "Ankara has staged a military response": the subject of the verb whose object the noun is
        for (Dependency d : parse.heads(place)) {
          if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")
              || d.relation().startsWith("obl:") && !d.relation().equals("obl:agent") && d.governor() >= 0
              && tokens.get(d.governor()).isVerb()) {
            // ... an active subject only: the passive subject of the verb is who undergoes it ("three civilians
            // were killed in a car bombing": the victims, not the bombers), the passive's agent acts
            boolean passiveVerb = !parse.children(d.governor(), "nsubj:pass").isEmpty()
                || !parse.children(d.governor(), "aux:pass").isEmpty();
            for (int s : parse.children(d.governor(), "nsubj")) {
              if (!parse.hasHeadRel(s, "nsubj:pass")) {
                actorHeads.add(s);
              }
            }
            for (int s : parse.children(d.governor(), "obl:agent")) {
              actorHeads.add(s);
            }
            if (actorHeads.isEmpty() && !passiveVerb) {
              actorHeads.addAll(subjects.of(d.governor()));
            }
            if (passiveVerb && d.relation().startsWith("obl:") && recipientHeads.isEmpty()) {
              // ... and undergoes the noun's event too: "killed in a car bombing", "put under investigation"
              recipientHeads.addAll(parse.children(d.governor(), "nsubj:pass"));
            }
          }
        }
      }
    }
    for (int a : actorHeads) {
      addAll(t.actor, resolver.resolve(a, t));
    }
    for (int r : recipientHeads) {
      List<ActorRecord> rs = resolver.resolve(r, t);
      if (t.entry.frame() == Lexicon.Frame.GIVE && !noun && parse.headRel(r).equals("obj")) {
        rs.removeIf(x -> x.country() == null || !isNamed(r));
      }
      if (rs.isEmpty() && LOCAL_CONFLICT.contains(t.entry.category()) && tokens.get(r).isNoun()
          && !tokens.get(r).isProperNoun()) {
        // victims named by a common noun ("killed 30 passengers", "six people were arrested"): people of the
        // country the event takes place in
        String local = resolver.localCountry(r);
        if (local != null) {
          int[] range = NounPhrase.rangeNoConj(parse, r);
          rs = List.of(new ActorRecord(ActorReader.surface(tokens, range[0], range[1]), null, local, null, null));
        }
      }
      addAll(t.recipient, rs);
    }
    for (Trigger c : t.complements) {
      arguments(c, byHead);
      if (t.actor.isEmpty()) {
        // ... but where the verb's subject undergoes it, that subject is no actor of the verb, though it does
        // the deed it completes: "two soldiers stand accused of the bombing" (the soldiers bombed; someone
        // else accuses them), "the men were ordered to the attack" (branch evrole8)
        List<ActorRecord> from = c.actor;
        if (patientSubject) {
          from = c.actor.stream().filter(a -> !t.recipient.contains(a)).toList();
        }
        addAll(t.actor, from);
      }
    }
    if (t.recipient.isEmpty() && COMPLEMENT_SUBJECT.contains(t.entry.category())) {
      // whom a demand or an allegation is aimed at is its clause's subject, also where the one who demands is not
      // known ("an unknown office repeated its demand that Peru lift ...": Peru, not the party named deeper)
      t.recipient.addAll(asked.recipients(t, noun));
    }
    for (Trigger c : t.complements) {
      if (t.recipient.isEmpty()) {
        // a folded noun's own actor is whom the verb answers ("rejected a U.N. appeal"); a folded clause's
        // recipient is the verb's ("threatened to cut off electricity to Nakhichevan")
        // ... and in "calling on the government to allow", parsed with "on" marking the clause, the clause's
        // subject is the verb's prepositional object
        boolean nounObject = nounLike(c.head) && parse.head(c.head) == t.head
            || parse.prepositionMarks(t.head, c.head, t.entry.preps());
        List<ActorRecord> from = nounObject && !c.actor.isEmpty() ? c.actor : c.recipient;
        for (ActorRecord r : from) {
          if (r.country() != null) {
            t.recipient.add(r);
          }
        }
      }
    }
    if (t.recipient.isEmpty() && !t.clauses.isEmpty() && !t.actor.isEmpty()) {
      for (int c : t.clauses) {
        // the clause's own subject first ("demanded that the United States match ..."), then its objects
        List<Integer> args = new ArrayList<>(parse.children(c, "nsubj"));
        args.addAll(clauses.arguments(c));
        for (int k : args) {
          for (ActorRecord r : resolver.resolve(k, t)) {
            if (r.country() != null && t.actor.stream().noneMatch(a -> r.country().equals(a.country()))) {
              t.recipient.add(r);
            }
          }
          if (!t.recipient.isEmpty()) {
            break;
          }
        }
      }
    }
    if (t.recipient.isEmpty() && t.entry.frame() != Lexicon.Frame.NONE) {
      // the nearest named country among the trigger's other dependents ("threatened further action against
      // Russia", "shared evidence with the U.S.", "evacuated the wounded from the Bosnian town of Gorazde")
      Set<Integer> skip = new java.util.HashSet<>(actorHeads);
      for (int k : clauses.recipientSearch(h, skip)) {
        for (ActorRecord r : resolver.resolve(k, t)) {
          if (r.country() != null && (isNamedCountry(k) || r.name() != null)) {
            t.recipient.add(r);
          }
        }
        if (!t.recipient.isEmpty()) {
          break;
        }
      }
    }
    if (t.recipient.isEmpty() && t.actor.size() == 1 && t.actor.get(0).country() != null
        && DOMESTIC.contains(t.entry.category())) {
      // protest, repression and concessions with no foreign party named are domestic: protesters against their
      // own government, a government against (or yielding to) its own people
      ActorRecord a = t.actor.get(0);
      boolean actorIsState = a.sector() == null || STATE_SECTORS.contains(a.sector());
      String sector = t.entry.category().equals("PROTEST") ? "GOV" : actorIsState ? "CVL" : "GOV";
      if (!t.entry.category().equals("PROTEST") || !actorIsState || a.sector() == null) {
        t.recipient.add(new ActorRecord(null, countryName(a.country()), a.country(), sector, null));
      }
    }
    if (t.actor.isEmpty() && t.entry.mode() != null && CoderWords.STATE_MODES.contains(t.entry.mode())) {
      // only a state arrests, detains, deports or declares a curfew: with no one named, the government of the
      // country the event is in ("the journalist's arrest drew condemnation")
      String local = resolver.localCountry(h);
      if (local != null) {
        t.actor.add(new ActorRecord(null, countryName(local), local, "GOV", null));
      }
    }
    String dissent = OwnState.ofDissent(t.entry.category(), t.entry.mode(), t.actor, t.recipient,
        resolver.localCountry(h));
    if (dissent != null) {
      // protesters, dissidents or journalists killed or punished with no one named: by their own state, at home
      t.actor.add(new ActorRecord(null, countryName(dissent), dissent, "GOV", null));
    }
    if (LOCAL_CONFLICT.contains(t.entry.category())) {
      // "security forces", "militants", "protesters" without a nationality: of the country the event is in
      localise(t.actor, h, false);
      localise(t.recipient, h, false);
    } else {
      // in every other category only a state body ("the court", "lawmakers", "police") is taken to be local
      localise(t.actor, h, true);
      localise(t.recipient, h, true);
    }
    List<ActorRecord> ownState = OwnState.apply(t.entry.category(), t.actor, t.recipient);
    if (ownState != t.actor) {
      t.actor.clear();
      t.actor.addAll(ownState);
    }
    // two-sided events with a compound actor and no recipient stay as they are; a recipient identical to the
    // actor is dropped
    t.recipient.removeIf(r -> t.actor.stream().anyMatch(a -> a.country() != null && a.country().equals(r.country())
        && java.util.Objects.equals(a.sector(), r.sector()) && java.util.Objects.equals(a.text(), r.text())));
    if (t.recipient.isEmpty() && !t.actor.isEmpty() && CoderWords.CONTEXT_TARGET.contains(t.entry.category())) {
      // a sanction, threat, accusation, rejection, request or agreement aimed at no party named ("the European
      // Union is also considering sanctions"): at the country the news is in, unless the actor is of that country.
      // Kept aside, not a recipient yet: another mention of the happening may name the target (EventMerger decides)
      String local = resolver.localCountry(h);
      if (local != null && t.actor.stream().noneMatch(a -> local.equals(a.country()))) {
        t.contextTarget = new ActorRecord(null, countryName(local), local, null, null);
      }
    }
  }

  private boolean isNamedCountry(int k) {
    int[] r = NounPhrase.rangeNoConj(parse, k);
    for (int i = r[0]; i < r[1]; i++) {
      if (countryOf(i) != null || entityAt[i] != null || actors.capital(tokens.get(i).text()) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the possessor of event noun {@code h} is who undergoes it: a noun of something done to a person
   * (`patient_genitive`: "the journalist's arrest", "his release", "Khan's killing") with a person as possessor,
   * where no "of" phrase names the one it is done to. A state or organisation as possessor acts ("Russia's
   * expulsion of diplomats", "the army's arrest of ...").
   */
  private boolean patientPossessor(int h, int possessor) {
    if (!CoderWords.PATIENT_GENITIVE.contains(parse.lemma(h)) || !parse.children(h, "nmod:of").isEmpty()) {
      return false;
    }
    EntityRecord e = entityAt[possessor];
    if (e != null) {
      return e.type().equals("PERSON");
    }
    String f = Text.fold(tokens.get(possessor).text());
    if (CoderWords.PERSONAL.contains(f)) {
      return true;
    }
    String sector = actors.sector(parse.lemma(possessor));
    return tokens.get(possessor).isNoun() && !tokens.get(possessor).isProperNoun() && sector != null
        && countryOf(possessor) == null && !CoderWords.STATE_SECTORS.contains(sector);
  }

  /**
   * The noun an event noun stands for as an argument: where it follows "of" a noun that counts or groups it ("a
   * series of attacks", "eight hours of talks"), that noun (and so on up); else the event noun itself.
   */
  private int partitiveHost(int h) {
    int cur = h;
    for (int depth = 0; depth < 2 && parse.headRel(cur).equals("nmod:of"); depth++) {
      int g = parse.head(cur);
      if (g < 0 || !tokens.get(g).isNoun()
          || !(CoderWords.PARTITIVE.contains(parse.lemma(g)) || !parse.children(g, "nummod").isEmpty())) {
        break;
      }
      cur = g;
    }
    return cur;
  }

  /** Adds the actors not already in {@code to} (the same country, sector and name): one reading per party. */
  static void addAll(List<ActorRecord> to, List<ActorRecord> add) {
    for (ActorRecord a : add) {
      boolean dup = to.stream().anyMatch(x -> java.util.Objects.equals(x.country(), a.country())
          && java.util.Objects.equals(x.sector(), a.sector()) && java.util.Objects.equals(x.name(), a.name()));
      if (!dup) {
        to.add(a);
      }
    }
  }


  /** Actors named by the modifiers of an event noun ("Syrian and Russian air strikes", "regime shelling"). */
  private List<ActorRecord> modifierActors(int h) {
    List<ActorRecord> out = new ArrayList<>();
    List<Integer> mods = new ArrayList<>();
    for (Dependency d : parse.children(h)) {
      if (d.relation().equals("amod") || d.relation().equals("compound")) {
        mods.add(d.dependent());
      }
    }
    String sector = null;
    for (int m : mods) {
      String sec = actors.sector(parse.lemma(m));
      if (sec != null && !"*".equals(sec)) {
        sector = sec;
      }
    }
    for (int m : mods) {
      EntityRecord e = entityAt[m];
      ActorLexicon.Country c = actors.country(tokens.get(m).text());
      if (c != null && Text.startsUpper(tokens.get(m).text())) {
        out.add(new ActorRecord(tokens.get(m).text(), c.name(), c.code(), sector, null));
      } else if (e != null && e.actor() != null && e.actor().country() != null) {
        out.add(new ActorRecord(e.text(), e.name(), e.actor().country(), e.actor().sector(), null));
      } else if (REGIME_NOUNS.contains(parse.lemma(m)) || GOVERNMENT_NOUNS.contains(parse.lemma(m))) {
        String rc = resolver.regimeCountry();
        if (rc != null) {
          out.add(new ActorRecord(tokens.get(m).text(), countryName(rc), rc, "GOV", null));
        }
      } else if (tokens.get(m).isNoun() && parse.headRel(m).equals("compound")) {
        // "the Syrian forces' attack" parsed as a compound: the modifier phrase is the actor
        for (ActorRecord r : resolver.resolve(m, null)) {
          if (r.country() != null) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }


  /** Parties with no country and no name (only state bodies, with {@code stateOnly}) of the event's country. */
  private void localise(List<ActorRecord> side, int h, boolean stateOnly) {
    for (int i = 0; i < side.size(); i++) {
      ActorRecord a = side.get(i);
      // ... and a named political party with no country named ("the Democratic Renewal Party said"), which
      // belongs to one country's politics
      boolean nationalNamed = a.name() != null && a.sector() != null && CoderWords.NATIONAL_SECTORS.contains(a.sector());
      if (a.country() == null && (nationalNamed || a.name() == null && (!stateOnly || a.sector() != null
          && STATE_SECTORS.contains(a.sector())))) {
        String local = resolver.localCountry(h);
        if (local != null) {
          side.set(i, new ActorRecord(a.text(), null, local, a.sector(), a.id()));
        }
      }
    }
  }

}
