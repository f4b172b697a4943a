package org.sitrep.events;

import static org.sitrep.events.CoderWords.MODAL_HYPOTHETICAL;
import static org.sitrep.events.CoderWords.NEGATION;
import static org.sitrep.events.CoderWords.PLAN;
import static org.sitrep.events.CoderWords.VERBAL;

import java.util.List;
import java.util.Set;
import org.sitrep.core.doc.Dependency;

/** Status of a trigger: negated, historical, threatened, hypothetical, planned or occurred. */
final class EventStatus extends CoderPart {
  private final HistoricalTime history;

  EventStatus(CoderContext c) {
    super(c);
    this.history = new HistoricalTime(c);
  }

  String status(Trigger t, String date) {
    int h = t.head;
    // negation on the trigger or on the verb whose object it is
    if (negated(h)) {
      return "negated";
    }
    String rel = parse.headRel(h);
    int gov = parse.head(h);
    if (nounLike(h) && gov >= 0 && (rel.equals("obj") || rel.startsWith("nsubj")) && negated(gov)) {
      return "negated";
    }
    int verb = nounLike(h) && gov >= 0 && rel.equals("obj") ? gov : h;
    if (!nounLike(verb) && negativeSubject(verb)) {
      return "negated"; // "No country has recognized the government", "nobody claimed the attack"
    }
    if (denied(h)) {
      return "negated";
    }
    if (history.historical(t, date)) {
      return "historical";
    }
    if (questioned(h) || fearedClause(h)) {
      // "it was not clear whether the army would attack", "fears that the army will attack", "hope that the rebels
      // would release ...": a question, a fear or a hope, also of a threat or an intent, asserts nothing
      return "hypothetical";
    }
    if (t.category.equals("THREATEN")) {
      return "threatened";
    }
    // conditional: "unless they withdraw", "if ..."
    for (int c : parse.children(h, "advcl")) {
      for (int m : parse.children(c, "mark")) {
        String w = parse.lemma(m);
        if (CoderWords.THREAT_CONDITION.contains(w)) {
          return "threatened";
        }
        if (CoderWords.CONDITION.contains(w)) {
          return "hypothetical";
        }
      }
    }
    for (int m : parse.children(h, "mark")) {
      if (CoderWords.CONDITION.contains(parse.lemma(m)) || CoderWords.THREAT_CONDITION.contains(parse.lemma(m))) {
        return "hypothetical";
      }
    }
    for (int aux : auxiliaries(h)) {
      String w = Text.fold(tokens.get(aux).text());
      if (MODAL_HYPOTHETICAL.contains(w)) {
        return "hypothetical";
      }
      if (CoderWords.FUTURE_AUX.contains(w) || CoderWords.FUTURE_CLITIC.contains(w)) {
        return "planned";
      }
    }
    int cur = h;
    for (int depth = 0; depth < 2; depth++) {
      int g = parse.head(cur);
      String r = parse.headRel(cur);
      // the object of a planned or possible act, or its means ("could retaliate with tariffs"), is planned or possible
      // ... and so is the goal it would reach ("could jump to a nuclear test", "might escalate into war"; branch
      // evrole8), with the auxiliaries of a conjunct verb that has none of its own ("could halt talks or jump to a
      // test")
      boolean goal = nounLike(cur) && (r.equals("obl:to") || r.equals("obl:into"));
      if (g < 0 || !(r.equals("xcomp") || goal || nounLike(cur) && (r.equals("obj") || r.equals("obl:with")))) {
        break;
      }
      // a plan of a verbal conflict ("plans to urge") stays an aim; of a verbal cooperation it is an intent where
      // the actor states it ("is prepared to lift the ban", "plans to meet"), like "will lift the ban" (recoded AGREE
      // by PLOVER's rule for intent); not a decision taken ("decided to allow": the act itself) or others'
      // forecast ("is expected to meet")
      if (PLAN.contains(parse.lemma(g)) && (!VERBAL.contains(t.entry.category())
          || Plover.quad(t.entry.category()) == 1 && statedIntent(g))) {
        return "planned";
      }
      for (int aux : goal ? auxiliaries(g) : parse.children(g, "aux")) {
        String w = Text.fold(tokens.get(aux).text());
        if (MODAL_HYPOTHETICAL.contains(w)) {
          return "hypothetical";
        }
        if (CoderWords.FUTURE_AUX.contains(w)) {
          return "planned";
        }
      }
      cur = g;
    }
    return aim(h) || feared(h) ? "hypothetical" : "occurred";
  }

  /** Whether a planning word states its subject's own intent: not in the past tense, not passive. */
  private boolean statedIntent(int plan) {
    return !"VBD".equals(tokens.get(plan).pos()) && parse.child(plan, "aux:pass") < 0
        && parse.child(plan, "nsubj:pass") < 0;
  }

  /**
   * The auxiliaries of a verb: its own, or, for a conjunct verb with neither an auxiliary nor a subject of its own
   * (the enhanced parse copies the first conjunct's subject to it),
   * those of the verb it is coordinated with, which the parser hangs on the first conjunct only ("Trump could
   * either return to threats or accept a freeze": "accept" is as hypothetical as "return").
   */
  private List<Integer> auxiliaries(int h) {
    List<Integer> own = parse.children(h, "aux");
    int g = -1;
    for (Dependency d : parse.heads(h)) { // the first conjunct, also where the parser gave the verb a second head
      if (d.relation().startsWith("conj")) {
        g = d.governor();
      }
    }
    if (!own.isEmpty() || g < 0 || !tokens.get(h).isVerb()) {
      return own;
    }
    // a subject of its own, not the one the enhanced parse copies from the first conjunct
    for (String rel : List.of("nsubj", "nsubj:pass")) {
      if (!parse.children(g, rel).containsAll(parse.children(h, rel))) {
        return own;
      }
    }
    return parse.children(g, "aux");
  }

  /**
   * An infinitive of aim or wish: the trigger (or the verb whose object it is: "to beef up support") is a "to"
   * infinitive completing or modifying a word that does not make it happen ("worked through the night to rescue
   * them", "the agency needs money to provide aid", "plans to urge"), unlike an implicative one ("managed to
   * free", "forced them to withdraw", "the first to reject"). The aim is not a happening the article reports. Also
   * an event noun that is the "to" oblique of such an infinitive ("urged him to return to talks"; not a setting,
   * "hopes to resolve the dispute during talks on Tuesday"), a bare infinitive
   * completing one ("in an effort to make the country give up its weapons"), and a "to" infinitive the parser
   * made a conjunct of a finite verb.
   */
  boolean aim(int h) {
    int v = h;
    if (nounLike(v) && (parse.headRel(v).equals("obj") || parse.headRel(v).equals("obl:to"))) {
      v = parse.head(v); // "to beef up support", "urged him to return to talks", "threatened to resort to force"
    }
    if (v < 0 || !tokens.get(v).isVerb()) {
      return false;
    }
    String rel = parse.headRel(v);
    int g = parse.head(v);
    if (g >= 0 && (rel.equals("xcomp") || rel.equals("ccomp")) && "VB".equals(tokens.get(v).pos()) && !hasTo(v)
        && tokens.get(g).isVerb() && aimClause(g)) {
      return true; // a bare infinitive completing an aim: "in an effort to make the country give up its weapons"
    }
    if (g >= 0 && rel.startsWith("conj") && hasTo(v) && !hasTo(g) && !CoderWords.IMPLICATIVE.contains(parse.lemma(g))) {
      return true; // a "to" infinitive the parser made a conjunct of a finite verb ("..., and to ease restrictions")
    }
    return aimClause(v);
  }

  private boolean aimClause(int v) {
    String rel = parse.headRel(v);
    int g = parse.head(v);
    return hasTo(v) && g >= 0 && (rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("acl"))
        && !CoderWords.IMPLICATIVE.contains(parse.lemma(g));
  }

  private boolean hasTo(int v) {
    for (int m : parse.children(v, "mark")) {
      if (parse.lemma(m).equals("to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A standing state or habit rather than a happening: a verb in the simple present ("the group opposes Chinese
   * investment", "the camps shelter 410,000 refugees", "the Taliban routinely deny ...") with no auxiliary and no
   * date of its own. Titles are written in the present for past happenings, so the caller leaves them out.
   */
  boolean standing(int h) {
    String pos = tokens.get(h).pos();
    if (!"VBZ".equals(pos) && !"VBP".equals(pos)) {
      return false;
    }
    for (Dependency d : parse.children(h)) {
      if (d.relation().startsWith("aux")) {
        return false;
      }
    }
    return true;
  }

  /**
   * What a source did before: an event told in a relative clause on the speaker of a verb of saying ("Evans Revere,
   * a former official who had negotiated with North Korea, said ...", "The minister, who proposed the law, said it
   * passed") says who the speaker is; it is not the happening the sentence reports.
   */
  boolean describesSource(int h) {
    if (!parse.headRel(h).equals("acl:relcl")) {
      return false;
    }
    int n = parse.head(h);
    for (int depth = 0; depth < 2 && n >= 0; depth++) {
      int renamed = -1;
      for (Dependency d : parse.heads(n)) { // the enhanced parse gives the antecedent every role it plays
        if (d.relation().startsWith("nsubj") && CoderWords.SPEECH.contains(parse.lemma(d.governor()))) {
          return true;
        }
        if (d.relation().equals("appos")) {
          renamed = d.governor(); // "Revere, a former official who ...": the noun the apposition renames
        }
      }
      n = renamed;
    }
    return false;
  }

  /**
   * The setting of a saying, a news frame: an event noun that is the addressee or an adjunct of a verb of saying
   * which carries what was said ("told a meeting of the council that ...", "during a visit to the capital, the
   * minister told reporters ...", "said in an interview"), or the adjunct of a participle of speaking that frames a
   * saying ("speaking at a meeting on Thursday, the envoy said ..."). It tells where the statement was made, not a
   * happening of its own: the caller makes it background. Also (branch evvol11) the object of a verb whose object is
   * the addressee (`addressee_verbs`: "“...,” the director told a meeting of the council"), what was said parsed as
   * an xcomp ("told media 339 passengers were rescued"), and a framing participle hung as "dep".
   */
  boolean settingOfSaying(int h) {
    if (venueOfSaying(h) || occasionOfSaying(h)) {
      return true;
    }
    int g = parse.head(h);
    String rel = parse.headRel(h);
    if (!nounLike(h) || g < 0 || !(rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl"))) {
      return false;
    }
    boolean smallClause = !parse.children(g, "xcomp").isEmpty();
    // (evvol11) the sole object of a verb that takes its addressee as object ("told a meeting of the council") is
    // the audience, whatever the parser made of the quotation before it; not with a second object or an xcomp,
    // where the object is what was told about ("told VOA the release was a good sign")
    if (rel.equals("obj") && CoderWords.ADDRESSEE_VERBS.contains(parse.lemma(g)) && !smallClause
        && parse.children(g, "iobj").isEmpty() && parse.children(g, "obj").size() == 1) {
      return true;
    }
    if (CoderWords.SPEECH.contains(parse.lemma(g))) {
      String up = parse.headRel(g);
      // (evvol11) what was said may also come as an xcomp ("told media 339 passengers were rescued"); its object
      // is then the subject of what was said, so only an adjunct is the setting
      return !parse.children(g, "ccomp").isEmpty() || !parse.children(g, "parataxis").isEmpty()
          || smallClause && rel.startsWith("obl") || up.equals("parataxis") || up.equals("ccomp");
    }
    int said = parse.head(g);
    // (evvol11) the framing participle may hang on the saying as "dep" ("Speaking at a meeting ..., X said")
    String frame = parse.headRel(g);
    return "VBG".equals(tokens.get(g).pos()) && (frame.startsWith("advcl") || frame.equals("dep")) && said >= 0
        && CoderWords.SPEECH.contains(parse.lemma(said)) && CoderWords.SPEAKING.contains(parse.lemma(g));
  }

  /**
   * (branch evvol12) The setting of a saying named by its place: an event noun in the "of" phrase of a noun of venue
   * (`venue_nouns`: site, sidelines, margin, venue) that is an adjunct of a verb of saying, or the modifier of such an
   * adjunct ("the diplomats said in a joint statement from the site of their talks", "said on the sidelines of the
   * summit"). The talks are where the statement was made; the caller makes them background. "At the scene of the
   * attack" is no venue: the scene is where the attack happened, not where a statement was made.
   */
  boolean venueOfSaying(int h) {
    int venue = parse.head(h);
    if (!nounLike(h) || venue < 0 || !parse.headRel(h).equals("nmod:of")
        || !CoderWords.VENUE_NOUNS.contains(parse.lemma(venue))) {
      return false;
    }
    int n = venue;
    for (int depth = 0; depth < 2 && n >= 0; depth++) { // "in a statement from the site of ...": one noun between
      String up = parse.headRel(n);
      int g = parse.head(n);
      if (g < 0) {
        return false;
      }
      if (up.startsWith("obl") && CoderWords.SPEECH.contains(parse.lemma(g))) {
        return true;
      }
      if (!up.startsWith("nmod")) {
        return false;
      }
      n = g;
    }
    return false;
  }

  /**
   * (branch evvol12) The setting of a saying named by its close: an event noun that is the object of a verb of ending
   * or attending (`occasion_verbs`: wrap up, conclude, finish, attend) whose clause is an adjunct of a verb of saying
   * ("Rubio said after wrapping up meetings with the ministers", "told reporters after attending the summit"). The
   * meetings frame the statement; the caller makes them background. A verb that makes the happening ("said after
   * holding talks with X") is no such verb and leaves the talks news.
   */
  boolean occasionOfSaying(int h) {
    int v = parse.head(h);
    if (!nounLike(h) || v < 0 || !parse.headRel(h).equals("obj") || !CoderWords.OCCASION_VERBS.contains(parse.lemma(v))
        || !parse.headRel(v).startsWith("advcl")) {
      return false;
    }
    int said = parse.head(v);
    return said >= 0 && CoderWords.SPEECH.contains(parse.lemma(said));
  }

  /**
   * An event noun that is feared: the object of a verb of fearing ("Germany fears retaliation") or the subject of
   * the clause feared ("fearing that retaliation could hurt exports"). What is feared has not happened.
   */
  boolean feared(int h) {
    if (!nounLike(h)) {
      return false;
    }
    String rel = parse.headRel(h);
    int g = parse.head(h);
    if (g < 0) {
      return false;
    }
    if (rel.equals("obj")) {
      return CoderWords.FEAR.contains(parse.lemma(g));
    }
    return rel.startsWith("nsubj") && parse.headRel(g).equals("ccomp") && parse.head(g) >= 0
        && CoderWords.FEAR.contains(parse.lemma(parse.head(g)));
  }

  /**
   * A happening told in the complement clause of a noun of fear or concern ("voiced concerns that the new law
   * grants the president sweeping powers", "fears that retaliation will follow"; `fear_nouns`): the trigger is
   * the clause's verb, or an event noun that is its subject or object. What is feared is not asserted.
   */
  boolean fearedClause(int h) {
    int v = h;
    if (nounLike(h) && parse.head(h) >= 0 && (parse.headRel(h).equals("obj") || parse.headRel(h).startsWith("nsubj"))) {
      v = parse.head(h);
    }
    int noun = parse.head(v);
    String rel = parse.headRel(v);
    // a clause's verb the tagger took for a plural noun ("concerns that the constitution grants vast powers")
    // has a subject of its own
    return noun >= 0 && (!nounLike(v) || !parse.children(v, "nsubj").isEmpty())
        && (rel.equals("ccomp") || rel.equals("acl")) && nounLike(noun)
        && CoderWords.FEAR_NOUNS.contains(parse.lemma(noun)) && hasThat(v);
  }

  /**
   * A happening told in an embedded yes/no question ("it was not clear whether the army attacked the camp",
   * "asked whether the government will impose sanctions"; `question_marks`): the trigger is the question's verb, or
   * an event noun that is its subject or object. A question asserts nothing.
   */
  boolean questioned(int h) {
    int v = h;
    if (nounLike(h) && parse.head(h) >= 0 && (parse.headRel(h).equals("obj") || parse.headRel(h).startsWith("nsubj"))) {
      v = parse.head(h);
    }
    for (int m : parse.children(v, "mark")) {
      if (CoderWords.QUESTION_MARKS.contains(parse.lemma(m))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A standing condition: an event noun that is the oblique of a verb of being in a state, with a preposition of
   * state ("many leaders remain under sanctions", "the town has lived under siege"; `state_verbs`,
   * `state_prepositions`; not "stayed in the town after the attack"). It tells how things stand, not what
   * happened: the caller makes it background.
   */
  boolean underState(int h) {
    int g = parse.head(h);
    if (!nounLike(h) || g < 0 || !parse.headRel(h).startsWith("obl") || !CoderWords.STATE_VERBS.contains(parse.lemma(g))) {
      return false;
    }
    for (int c : parse.children(h, "case")) {
      if (CoderWords.STATE_PREPOSITIONS.contains(parse.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasThat(int v) {
    for (int m : parse.children(v, "mark")) {
      if (parse.lemma(m).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A relation of support described on a participant: a past participle with a by-agent and no auxiliary
   * ("government soldiers backed by foreign troops retook the town", "the rebels, supported by Western powers,
   * seized ..."), whether the parser hangs it on the noun (`acl`) or, garden-pathed, gives it the noun as subject.
   * It says who the participant is, a standing relation, not a happening: the caller makes it background.
   */
  boolean describingParticiple(int h) {
    if (!"VBN".equals(tokens.get(h).pos()) || parse.headRel(h).equals("acl:relcl")) {
      return false;
    }
    boolean agent = false;
    boolean subject = false;
    for (Dependency d : parse.children(h)) {
      String r = d.relation();
      if (r.startsWith("aux") || r.equals("cop")) {
        return false;
      }
      agent |= r.equals("obl:by") || r.equals("obl:agent");
      subject |= r.equals("nsubj");
    }
    return agent && (subject || parse.headRel(h).equals("acl"));
  }

  boolean hasAux(int h, Set<String> words) {
    for (int aux : parse.children(h, "aux")) {
      if (words.contains(Text.fold(tokens.get(aux).text()))) {
        return true;
      }
    }
    return false;
  }

  private boolean negated(int h) {
    for (Dependency d : parse.children(h)) {
      String r = d.relation();
      if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj"))
          && NEGATION.contains(Text.fold(tokens.get(d.dependent()).text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A denied act (branch evvol9): a verb that is the gerund or clause complement of a verb of denial
   * (`denial_verbs`: "the rebels deny receiving weapons", "denied that its troops had shelled the town") is told
   * as not done, negated like "did not receive weapons"; the denial itself is coded on its own verb. An event noun
   * the object of such a verb ("denied the attack") is left to the lexicon (a rejection of a charge).
   */
  private boolean denied(int h) {
    int g = parse.head(h);
    String rel = parse.headRel(h);
    return g >= 0 && !nounLike(h) && (rel.equals("xcomp") || rel.equals("ccomp")
        // the gerund as the parser may hang it: "deny providing shelter" (obj, or dep)
        || (rel.equals("obj") || rel.equals("dep")) && "VBG".equals(tokens.get(h).pos()))
        && tokens.get(g).isVerb() && CoderWords.DENIAL_VERBS.contains(parse.lemma(g));
  }

  /** Whether a verb's subject denies it: a negative determiner ("no country") or pronoun ("nobody", "none"). */
  private boolean negativeSubject(int v) {
    for (int k : parse.children(v, "nsubj")) {
      if (CoderWords.NEGATIVE_PRONOUNS.contains(parse.lemma(k))) {
        return true;
      }
      for (int d : parse.children(k, "det")) {
        if (NEGATION.contains(Text.fold(tokens.get(d).text()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a TIMEX value ("2015", "2015-SU") names a year before the article's. */
  boolean beforePublishedYear(String value) {
    return history.beforePublishedYear(value);
  }
}
