package org.sitrep.events;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.TimeExpression;

/**
 * Mentions that are not a happening of the news (issue 14, "one event per happening" and salience): a risk, a rule
 * in force, a happening told as context "earlier this month". Each test names the linguistic pattern it reads on
 * the parse; {@link EventCoder} makes the mention hypothetical or background.
 */
final class NotNews extends CoderPart {
  /** A TIMEX value of a month or a year ("2019-12", "2021"), not a day. */
  private static final Pattern MONTH_OR_YEAR = Pattern.compile("^\\d{4}(-\\d{2})?$");
  /** A TIMEX value of a span of months or years ("P15M", "P2Y", "PXY"). */
  private static final Pattern LONG_SPAN = Pattern.compile("^P(\\d+|X)[MY]$");
  /** A TIMEX value of a span of weeks, months or years ("PXW", "P10Y"), not hours or days. */
  private static final Pattern WEEKS_OR_MORE = Pattern.compile("^P(\\d+|X)[WMY]$");
  private final List<TimeExpression> timeline;
  private final HistoricalTime history;

  NotNews(CoderContext c) {
    super(c);
    this.timeline = c.timeline;
    this.history = new HistoricalTime(c);
  }

  /**
   * A risk, not a happening: an event noun that is the "of" phrase of a noun of risk ("the ongoing threat of
   * al-Shabab attacks", "the risk of war", "the prospect of sanctions"; `risk_nouns`), or a clause there (evvol12:
   * "face a good chance of being abused"). It has not happened: the
   * caller makes it hypothetical.
   */
  boolean risked(int h) {
    int g = parse.head(h);
    // (evvol12) or a clause in that "of" phrase ("a good chance of being abused", "the risk of being attacked")
    String rel = parse.headRel(h);
    return g >= 0 && (nounLike(h) && rel.equals("nmod:of") || !nounLike(h) && rel.equals("acl:of")) && nounLike(g)
        && CoderWords.RISK_NOUNS.contains(parse.lemma(g));
  }

  /**
   * A possibility, not a happening (branch evvol6): an event noun an adjective of possibility modifies ("a potential
   * ceasefire could change the region", "protested against a possible attack"; `possibility_adjectives`). It has
   * not happened: the caller makes it hypothetical.
   */
  boolean possible(int h) {
    if (!nounLike(h)) {
      return false;
    }
    for (int a : parse.children(h, "amod")) {
      if (CoderWords.POSSIBILITY_ADJECTIVES.contains(parse.lemma(a))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Any one of a kind, no happening (branch evvol11): an event noun with a free-choice determiner
   * (`free_choice_determiners`: any; "would respond firmly to any attacks on its ships", "condemned any use of
   * force") names whatever happening of the kind there may be, not one that took place: the caller makes it
   * hypothetical. A denied or negated one ("did not report any attacks") is left to negation.
   */
  boolean anyOfAKind(int h) {
    if (!nounLike(h)) {
      return false;
    }
    for (int d : parse.children(h, "det")) {
      if (CoderWords.FREE_CHOICE_DETERMINERS.contains(parse.lemma(d))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A standing risk: a noun of risk that is itself a trigger ("threat"), names a happening in its "of" phrase and
   * has no party of its own (no possessor, no by-agent: "the ongoing threat of attacks", not "Russia's threat of
   * sanctions" or "the threat of sanctions by the EU"). It tells how things stand, not that anyone threatened:
   * the caller makes it background.
   */
  boolean standingRisk(int h) {
    if (!nounLike(h) || !CoderWords.RISK_NOUNS.contains(parse.lemma(h))) {
      return false;
    }
    boolean of = false;
    for (Dependency d : parse.children(h)) {
      String r = d.relation();
      if (r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:agent") || r.equals("nmod:from")) {
        return false;
      }
      of |= r.equals("nmod:of") && nounLike(d.dependent());
    }
    return of;
  }

  /**
   * A rule in force: an event noun that is the object of a verb of breaking or keeping a rule ("such transfers
   * would violate a U.N. arms embargo", "both sides respect the ceasefire"), or the oblique of "comply with",
   * "abide by", "adhere to" (`rule_verbs`). The embargo or ceasefire is not the news (the breach may be): the
   * caller makes it background.
   */
  boolean ruleInForce(int h) {
    int g = parse.head(h);
    String rel = parse.headRel(h);
    return nounLike(h) && g >= 0 && (rel.equals("obj") || rel.startsWith("obl:"))
        && CoderWords.RULE_VERBS.contains(parse.lemma(g));
  }

  /**
   * Context told with its time: the trigger's clause (the trigger, or the verb an event noun is the object or
   * passive subject of) has a time of a month or a year marked as before the news ("Earlier this month, gunmen
   * ambushed a convoy", "was sanctioned by Beijing earlier this year", "Earlier in December, X threatened ...";
   * `earlier`). The news is told by its day; a happening placed only by an earlier month or year is background.
   * "A day earlier" or "hours earlier" (a day) stays news.
   */
  boolean earlierContext(int h) {
    int v = h;
    String rel = parse.headRel(h);
    if (nounLike(h) && parse.head(h) >= 0 && (rel.equals("obj") || rel.startsWith("nsubj:pass"))) {
      v = parse.head(h);
    }
    for (int w : v == h ? List.of(h) : List.of(h, v)) {
      for (Dependency d : parse.children(w)) {
        String r = d.relation();
        if (!(r.startsWith("obl") || r.equals("advmod") || r.startsWith("nmod"))) {
          continue;
        }
        int k = d.dependent();
        boolean earlier = CoderWords.EARLIER.contains(Text.fold(tokens.get(k).text()));
        boolean monthOrYear = monthOrYear(k);
        for (Dependency e : parse.children(k)) { // "Earlier in December", "earlier this year"
          earlier |= CoderWords.EARLIER.contains(Text.fold(tokens.get(e.dependent()).text()));
          monthOrYear |= monthOrYear(e.dependent());
        }
        if (earlier && monthOrYear) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Not done at the time told: a gerund clause (or an event noun that is its object) introduced by "before",
   * "without" or "instead of" (`unrealized_marks`: "asked for full denuclearization before granting any relief",
   * "left without signing the accord"). The clause tells what had not (yet) happened: the caller makes it
   * hypothetical.
   */
  boolean unrealized(int h) {
    int v = h;
    if (nounLike(h) && parse.head(h) >= 0 && parse.headRel(h).equals("obj")) {
      v = parse.head(h);
    }
    if (!"VBG".equals(tokens.get(v).pos()) || !parse.headRel(v).startsWith("advcl")) {
      return false;
    }
    for (Dependency d : parse.children(v)) {
      if ((d.relation().equals("mark") || d.relation().equals("case"))
          && CoderWords.UNREALIZED_MARKS.contains(parse.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A saying that describes a thing: a past participle after a noun with no auxiliary, of a verbal category
   * ("a meeting of the council requested by five members", "the draft signed between the military and the
   * protest leaders", "a hypothesis raised by a lawyer but dismissed by the ambassador"), and no date of its own
   * (the caller checks: "a proposal made on Monday" is dated, and news). It says which thing is meant: background.
   */
  boolean describingParticiple(int h) {
    String pos = tokens.get(h).pos();
    if (!"VBN".equals(pos) && !"VBG".equals(pos)) {
      return false;
    }
    int n = h;
    if (parse.headRel(n).startsWith("conj") && parse.head(n) >= 0) {
      n = parse.head(n); // "raised by a lawyer, but dismissed by the ambassador"
    }
    if (!parse.headRel(n).equals("acl") || !tokens.get(n).pos().equals(pos)) {
      return false;
    }
    for (int w : List.of(h, n)) {
      for (Dependency d : parse.children(w)) {
        if (d.relation().startsWith("aux") || d.relation().equals("cop")) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A standing state: an event noun that is the oblique of a verb in the simple present with no auxiliary
   * ("Somalia relies heavily on outside help", "the country depends on foreign aid"): the clause tells
   * how things are, as {@link EventStatus#standing} does for a verb trigger; not a happening the present orders
   * against another ("the vote comes after a probe": `sequence_prepositions`), nor an object, which the news
   * present also takes ("the G7 talks follow talks in Jeddah"). The caller applies it where
   * {@code standing} applies (undated, occurred, outside the title).
   */
  boolean standingClause(int h) {
    int g = parse.head(h);
    String rel = parse.headRel(h);
    if (!nounLike(h) || g < 0 || !rel.startsWith("obl")) {
      return false;
    }
    String pos = tokens.get(g).pos();
    if (!"VBZ".equals(pos) && !"VBP".equals(pos) || CoderWords.SPEECH.contains(parse.lemma(g))) {
      return false;
    }
    for (Dependency d : parse.children(g)) {
      if (d.relation().startsWith("aux")) {
        return false;
      }
    }
    for (int c : parse.children(h, "case")) {
      if (CoderWords.SEQUENCE_PREPOSITIONS.contains(parse.lemma(c))) {
        return false; // "the vote comes after a probe": a happening ordered against the news, told in the present
      }
    }
    return true;
  }

  /**
   * An activity told as going on for a while: a verb in the perfect progressive ("the group has been fighting an
   * insurgency", "the two leaders had been exchanging barbs"), or a participle hanging from one ("..., accusing
   * the government of ..."), or an event noun the object of one. Undated and outside the news lead (the caller
   * checks), it is the story's background, not the day's happening.
   */
  boolean perfectProgressive(int h) {
    int v = h;
    if (nounLike(h) && parse.head(h) >= 0 && parse.headRel(h).equals("obj")) {
      v = parse.head(h);
    }
    if (progressivePerfect(v)) {
      return true;
    }
    int g = parse.head(v);
    return "VBG".equals(tokens.get(v).pos()) && g >= 0 && parse.children(v, "nsubj").isEmpty()
        && (parse.headRel(v).startsWith("advcl") || parse.headRel(v).equals("dep")) && progressivePerfect(g);
  }

  private boolean progressivePerfect(int v) {
    if (!"VBG".equals(tokens.get(v).pos())) {
      return false;
    }
    boolean have = false;
    boolean been = false;
    for (int a : parse.children(v, "aux")) {
      have |= parse.lemma(a).equals("have");
      been |= Text.fold(tokens.get(a).text()).equals("been");
    }
    return have && been;
  }

  /**
   * A past happening recalled by its anniversary: an event noun in the "of" phrase of a noun of remembrance, up to
   * two "of" phrases deep ("the 14th anniversary of the start of pro-democracy protests"; `past_nouns`). The
   * caller makes it historical.
   */
  boolean remembered(int h) {
    int n = h;
    for (int depth = 0; depth < 2; depth++) {
      int g = parse.head(n);
      if (!nounLike(n) || g < 0 || !parse.headRel(n).equals("nmod:of")) {
        return false;
      }
      if (CoderWords.PAST_NOUNS.contains(parse.lemma(g))) {
        return true;
      }
      n = g;
    }
    return false;
  }

  /**
   * The topic of a dispute or a feeling: an event noun that is the "over" oblique of a verb or noun ("the two
   * leaders disagreed over U.S. aid", "wept over the crackdown", "a row over the sanctions"; `topic_prepositions`).
   * It is what the parties argued or grieved about, not a happening told: the caller makes it background.
   */
  boolean topic(int h) {
    String rel = parse.headRel(h);
    int g = parse.head(h);
    if (!nounLike(h) || g < 0 || !(rel.startsWith("obl:") || rel.startsWith("nmod:"))) {
      return false;
    }
    for (int c : parse.children(h, "case")) {
      if (CoderWords.TOPIC_PREPOSITIONS.contains(parse.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An absence, not a refusal: an event noun with a negative determiner ("the term expired with no agreement",
   * "no talks are planned"). It says nothing happened; it is no REJECT of anyone's (the caller keeps it negated
   * rather than recoding it as a refusal, as it does "refused to accept").
   */
  boolean absent(int h) {
    if (!nounLike(h)) {
      return false;
    }
    for (int d : parse.children(h, "det")) {
      if (CoderWords.NEGATION.contains(Text.fold(tokens.get(d).text()))) {
        return true;
      }
    }
    return false;
  }


  /**
   * A habit or a tally rather than one happening: the trigger's clause (the trigger, or the verb an event noun is
   * the object or passive subject of) has a time expression of recurrence ("daily", "every month": a TIMEX of type
   * SET), or is in the perfect with a span of months or years ("in the last 15 months, 1,250 militants have been
   * killed", "has met them often over the past two years"), or the trigger is what a span of weeks, months or years
   * is "of" ("after weeks of denying it", "a decade of civil war"; not "eight hours of talks"), or an event noun an
   * adjective of repetition modifies ("their repeated calls have gone unanswered"). Many happenings are
   * summed up, none is the news: the caller makes it background.
   */
  boolean habitOrTally(int h) {
    if (history.countedSeries(h)) { // "his second visit since taking office": the count of a series (evdate10)
      return true;
    }
    if (nounLike(h)) { // "their repeated calls on the parties", "frequent clashes" (evvol6; `repetition_adjectives`)
      for (int m : parse.children(h, "amod")) {
        if (CoderWords.REPETITION_ADJECTIVES.contains(Text.fold(tokens.get(m).text()))) { // "repeated", not "repeat"
          return true;
        }
      }
    }
    int span = parse.head(h);
    if (span >= 0 && parse.headRel(h).endsWith(":of") && (nounLike(h) || "VBG".equals(tokens.get(h).pos()))) {
      for (TimeExpression x : timeline) { // "after weeks of denying it", "more than a decade of civil war"
        if (x.tokens().contains(span) && "DURATION".equals(x.type()) && x.value() != null
            && WEEKS_OR_MORE.matcher(x.value()).matches()) {
          return true;
        }
      }
    }
    int v = h;
    String rel = parse.headRel(h);
    if (nounLike(h) && parse.head(h) >= 0 && (rel.equals("obj") || rel.startsWith("nsubj:pass"))) {
      v = parse.head(h);
    }
    boolean perfect = false;
    for (int aux : parse.children(v, "aux")) {
      perfect |= parse.lemma(aux).equals("have");
    }
    for (int w : List.of(h, v)) {
      for (Dependency d : parse.children(w)) {
        String r = d.relation();
        if (!(r.startsWith("obl") || r.startsWith("nmod") || r.equals("advmod") || r.equals("amod"))) {
          continue;
        }
        for (TimeExpression x : timeline) {
          if (!x.tokens().contains(d.dependent())) {
            continue;
          }
          if ("SET".equals(x.type())
              || perfect && w == v && "DURATION".equals(x.type()) && x.value() != null
              && LONG_SPAN.matcher(x.value()).matches()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A response told with its means (branch evvol8): a verb of answering (`response_verbs`: retaliate, respond,
   * react, reply; or a verb with the particle "back": "hit back", "struck back") whose means is stated by a "by"
   * gerund or a "with" or "by" phrase that is itself an event of the lexicon ("Chile retaliated by imposing
   * tariffs on Peru", "responded with airstrikes"). The means is the happening, coded on its own; the verb of
   * answering only says what it answered: the caller makes it background, where the answer occurred. Without a
   * coded means ("Peru retaliated", "retaliated by leaving the talks early") the answer stays the event, and so
   * does a threatened one ("could retaliate with tariffs" is the threat; its means has not happened). So also
   * (branch evvol11) a verb of striking (`striking_verbs`: hit, slap, target, punish) told with a coded means
   * ("Peru hit Chile with new tariffs", "targeted the bank with sanctions"): the tariffs are the happening; with a
   * means that is no event ("hit the post with rockets") the verb stays the event.
   */
  boolean answeredByMeans(int h) {
    boolean back = false;
    for (Dependency p : parse.children(h)) { // the particle, or the adverb the parser may make it
      back |= (p.relation().equals("compound:prt") || p.relation().equals("advmod"))
          && Text.fold(tokens.get(p.dependent()).text()).equals("back");
    }
    // (evvol11) a verb of striking told with a coded means is the means too ("hit Peru with tariffs"); its "with"
    // phrase must be an event noun of the lexicon ("with rockets" is the strike's weapon: "rocket" is a verb only)
    boolean striking = !back && !CoderWords.RESPONSE_VERBS.contains(parse.lemma(h));
    if (striking && !CoderWords.STRIKING_VERBS.contains(parse.lemma(h)) || nounLike(h)) {
      return false;
    }
    for (Dependency d : parse.children(h)) {
      String r = d.relation();
      int m = d.dependent();
      boolean by = false;
      for (Dependency c : parse.children(m)) {
        String w = parse.lemma(c.dependent());
        by |= (c.relation().equals("mark") || c.relation().equals("case")) && (w.equals("by") || w.equals("with"));
      }
      if (r.startsWith("advcl") && "VBG".equals(tokens.get(m).pos()) && by) {
        if (coded(m)) {
          return true; // "retaliated by expelling diplomats"
        }
        for (int o : parse.children(m, "obj")) {
          if (coded(o)) {
            return true; // "retaliated by announcing tariffs"
          }
        }
      } else if (r.startsWith("obl") && nounLike(m) && by && coded(m) && (!striking || codedNoun(m))) {
        return true; // "responded with airstrikes"
      }
    }
    return false;
  }

  /**
   * A concurring saying (branch evvol8): a verb of agreement (the caller checks the category) that reports a
   * quotation, the quoted clause its complement or it a parenthetical of the quoted clause ("“The danger has not
   * passed,” agreed the envoy"; "the envoy agreed: “The danger has not passed.”"), with no object, infinitive or
   * oblique of what was agreed to. It shares a view; it is a statement, no agreement to act: the caller makes it
   * background. "The two sides agreed to resume talks" or "agreed that talks would resume" stay AGREE.
   */
  boolean concurringSaying(int h, java.util.function.IntPredicate quotedToken) {
    if (nounLike(h) || !tokens.get(h).isVerb() || quotedToken.test(h)) {
      return false;
    }
    boolean quotation = parse.headRel(h).startsWith("parataxis") && parse.head(h) >= 0
        && quotedToken.test(parse.head(h));
    boolean quotedBefore = false; // "“...,” agreed the envoy": the quotation first, then the verb
    for (Dependency d : parse.children(h)) {
      String r = d.relation();
      if ((r.equals("ccomp") || r.startsWith("parataxis")) && quotedToken.test(d.dependent())) {
        quotation = true;
        quotedBefore |= d.dependent() < h;
      }
    }
    boolean inverted = quotedBefore && parse.children(h, "nsubj").isEmpty();
    for (Dependency d : parse.children(h)) {
      String r = d.relation();
      // after a quotation, the parser may take the inverted subject for an object ("agreed the envoy")
      if (r.equals("obj") && !(inverted && d.dependent() > h) || r.startsWith("xcomp")
          || r.startsWith("obl:") && !tokens.get(d.dependent()).isTime()) {
        return false;
      }
    }
    return quotation;
  }

  /**
   * What is described, not told (branch evvol8): an event noun that is the object of a verb of describing
   * (`describing_verbs`: "analysts call them an axis, describing their growing collaboration", "the report
   * portrays the crackdown as ..."). The clause characterizes a state of things; it reports no happening: the
   * caller makes it background.
   */
  boolean described(int h) {
    int g = parse.head(h);
    return nounLike(h) && g >= 0 && parse.headRel(h).equals("obj")
        && CoderWords.DESCRIBING_VERBS.contains(parse.lemma(g));
  }

  /** Whether the word at {@code k} is the head of an entry of the event lexicon. */
  private boolean coded(int k) {
    return !lexicon.byHead(parse.lemma(k)).isEmpty();
  }

  /** Whether the word at {@code k} is the head of an event-noun entry of the lexicon. */
  private boolean codedNoun(int k) {
    return lexicon.byHead(parse.lemma(k)).stream().anyMatch(Lexicon.Entry::noun);
  }

  /** Whether token {@code k} is in a time expression naming a month or a year. */
  private boolean monthOrYear(int k) {
    for (TimeExpression x : timeline) {
      if (x.tokens().contains(k) && x.value() != null && MONTH_OR_YEAR.matcher(x.value()).matches()) {
        return true;
      }
    }
    return false;
  }
}
