package org.sitrep.events;

import static org.sitrep.events.CoderWords.SPEECH;
import static org.sitrep.events.CoderWords.VERBAL;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Token;
import org.sitrep.core.doc.TokenSpan;
import org.sitrep.core.model.TimeRecord;

/** The time expression that dates a trigger: one attached to its clause or the clauses it hangs from. */
final class EventDating extends CoderPart {
  static final Pattern DATE_VALUE = Pattern.compile("^((\\d{4}|XXXX)-\\d{2}(-\\d{2})?)");

  private final CountedDating counting;
  private final DatingFrames frames;
  private final Tenses tenses;
  /** The article's own day (YYYY-MM-DD), or null. */
  private final String published;

  EventDating(CoderContext c) {
    super(c);
    this.counting = new CountedDating(c, this);
    this.frames = new DatingFrames(c);
    this.tenses = new Tenses(c);
    String pub = c.doc.article().published();
    this.published = pub != null && pub.length() >= 10 && DATE_VALUE.matcher(pub).find() ? pub.substring(0, 10) : null;
  }

  /** Where a date comes from: the time expression (or null) and the basis ({@code stated}, ...). */
  record Dated(TimeExpression when, String basis) {
  }


  /**
   * The sentence's time expression that belongs to the trigger's own clause: attached to the trigger or to a
   * clause it hangs from (xcomp, advcl, conj, ...), but not to a verb of saying whose complement it is ("the
   * ministry said on Thursday that shelling killed eight": Thursday dates the saying, basis
   * {@code statement_only}). A trigger that is itself the verb of saying takes it, and so does a verbal event
   * (ACCUSE, REQUEST, SUPPORT, ...) reported by it: "Putin said Thursday that Russia supports the proposal".
   */
  Dated date(Trigger t, Sentence s, List<TimeExpression> timex) {
    return date(t, s, timex, VERBAL.contains(t.category));
  }

  /**
   * As {@link #date(Trigger, Sentence, List)}; {@code verbal}: the event is itself a saying (its date is the
   * saying's).
   */
  Dated date(Trigger t, Sentence s, List<TimeExpression> timex, boolean verbal) {
    List<TimeExpression> inSentence = counting.notCountingFrom(dates(s, timex), t.head);
    if (inSentence.isEmpty()) {
      return new Dated(null, "none");
    }
    Dated counted = counting.anchored(t, s, timex, inSentence);
    if (counted != null) {
      return counted;
    }
    // walk up from the trigger through its clause and the clauses it hangs from
    int cur = t.head;
    boolean speech = false; // cur is a verb of saying that the trigger's clause is the complement of
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      TimeExpression x = attached(inSentence, cur);
      if (x != null) {
        // a verbal event (accuse, demand, support, ...) is itself a saying: the speech verb's time is its own
        return speech && (!verbal || "VBD".equals(tokens.get(t.head).pos())) ? new Dated(null, "statement_only")
            : stated(x);
      }
      if (frames.decidedMeasure(cur)) {
        // "is set to vote Friday on a tariff increase": the vote's time is the measure's, decided then
        cur = parse.head(cur);
        continue;
      }
      String rel = parse.headRel(cur);
      if (placeRelative(cur) && parse.head(cur) >= 0 && placeOfHappening(parse.head(cur))) {
        // "began on March 6 in the region, where forces clashed": from the clause to the place's own happening
        cur = parse.head(parse.head(cur));
        continue;
      }
      if (!(rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("ccomp")
          || rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("acl") || rel.equals("dep")
          || rel.startsWith("parataxis"))) {
        break;
      }
      int g = parse.head(cur);
      if (g >= 0 && (rel.equals("ccomp") || rel.startsWith("parataxis")) && SPEECH.contains(parse.lemma(g))) {
        speech = true;
      }
      cur = g;
    }
    // "a proposal made on Monday", "the raid carried out on Tuesday": a participle of doing on the event noun
    // tells when the noun's happening was done
    if (tokens.get(t.head).isNoun()) {
      for (int k : parse.children(t.head, "acl")) {
        TimeExpression x = attached(inSentence, k);
        if (x != null && CoderWords.PERFORMING.contains(parse.lemma(k)) && parse.children(k, "aux").isEmpty()) {
          return stated(x);
        }
      }
    }
    // "..., the ministry said on Thursday": the time on a parenthetical verb of saying dates the saying
    for (int k : parse.children(t.head, "parataxis")) {
      if (SPEECH.contains(parse.lemma(k)) && attached(inSentence, k) != null) {
        return verbal ? stated(attached(inSentence, k)) : new Dated(null, "statement_only");
      }
    }
    // one date in the sentence and the trigger is in its main clause; a day that modifies another noun
    // ("rejected the allegation that Tuesday's hostage-taking was planned abroad") dates that noun's happening
    if (inSentence.size() == 1 && !modifiesOtherNoun(inSentence.get(0), t)) {
      int g = parse.head(t.head);
      String rel = parse.headRel(t.head);
      if (g < 0 || rel.equals("root") || rel.startsWith("conj") && parse.head(g) < 0) {
        return stated(inSentence.get(0));
      }
    }
    return new Dated(null, "none");
  }

  /**
   * Whether a clause is a relative clause of place told in the simple past ("in the coastal region, where security
   * forces clashed with gunmen"): it tells what happened at the place in the time of the happening the place belongs
   * to. Not the present perfect or present ("where fighting has raged for years"): a standing state.
   */
  private boolean placeRelative(int v) {
    if (!parse.headRel(v).equals("acl:relcl") || !"VBD".equals(tokens.get(v).pos())
        || !parse.children(v, "aux").isEmpty()) {
      return false;
    }
    for (int k : parse.children(v, "advmod")) {
      if (CoderWords.PLACE_RELATIVES.contains(parse.lemma(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun is the place of a verb's happening: an oblique of a preposition of setting ("in the region"). */
  private boolean placeOfHappening(int noun) {
    int g = parse.head(noun);
    return g >= 0 && tokens.get(noun).isNoun() && tokens.get(g).isVerb() && setting(parse.headRel(noun));
  }

  /**
   * Whether a trigger is a definite noun phrase with a day of its own ("Friday's meeting", "the hotel attack on
   * Tuesday", "this week's vote"): a reference to a happening whose day it states. An indefinite one ("an attack
   * on Tuesday") introduces a happening instead.
   */
  boolean datedReference(Trigger t, Sentence s, List<TimeExpression> timex) {
    return definiteNoun(t) && !ordered(t) && attached(dates(s, timex), t.head) != null;
  }

  /**
   * Whether a trigger is a definite reference with no time of its own that names the happening of its clause
   * ("Mech Dara's arrest drew condemnation"), not one ordered against it ("two days after Tuesday's attack", "in
   * response to the attack"): its antecedent may date it ({@link MergedDating#datedByAntecedent}).
   */
  boolean undatedReference(Trigger t, Sentence s, List<TimeExpression> timex) {
    return definiteNoun(t) && !ordered(t) && attached(dates(s, timex), t.head) == null;
  }

  /** "after the attack", "in response to the attack", "ahead of the talks": ordered against another happening. */
  private boolean ordered(Trigger t) {
    int g = parse.head(t.head);
    return sequence(parse.headRel(t.head)) || g >= 0 && CoderWords.SEQUENCE_PREPOSITIONS.contains(parse.lemma(g));
  }

  /**
   * Whether a trigger is an event noun made definite by a possessive or a definite determiner ("Mech Dara's
   * arrest", "the attack", "this deportation"): a reference to a happening the reader already knows of.
   */
  boolean definiteNoun(Trigger t) {
    if (!tokens.get(t.head).isNoun()) {
      return false;
    }
    boolean definite = !parse.children(t.head, "nmod:poss").isEmpty();
    for (int d : parse.children(t.head, "det")) {
      definite |= CoderWords.DEFINITE_DETERMINERS.contains(parse.lemma(d));
    }
    return definite;
  }

  /**
   * Whether a dependency orders its noun's happening before or after another ("after Tuesday's attack", "in
   * response to the attack on Monday"): the noun is that other happening, not the one its clause reports.
   */
  private static boolean sequence(String rel) {
    int colon = rel.indexOf(':');
    if (colon < 0 || !(rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advcl"))) {
      return false;
    }
    for (String w : rel.substring(colon + 1).split("_")) {
      if (CoderWords.SEQUENCE_PREPOSITIONS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The time expressions events are dated from: the article's corrected time records ({@code claims.times})
   * where that stage ran, each over the tokens it covers, else the NLP layer's raw ones. The corrected
   * values matter: SUTime puts "signed ... on Thursday" a week ahead when a later clause has "will".
   */
  static List<TimeExpression> timeline(Document doc) {
    if (!doc.has(Layers.TIMES)) {
      return doc.list(Layers.TIMEX);
    }
    List<Token> tokens = doc.list(Layers.TOKENS);
    List<TimeExpression> out = new ArrayList<>();
    int k = 0;
    for (TimeRecord r : doc.list(Layers.TIMES)) { // sorted by offset, not overlapping
      while (k < tokens.size() && tokens.get(k).span().end() <= r.start()) {
        k++;
      }
      int first = k;
      int last = k;
      while (last < tokens.size() && tokens.get(last).span().start() < r.end()) {
        last++;
      }
      if (last > first) {
        out.add(new TimeExpression(new TokenSpan(first, last), new CharSpan(r.start(), r.end()), r.text(), r.type(),
            r.value(), r.mod(), null));
      }
    }
    return out;
  }

  /**
   * The narrative's reference time: an event whose sentence states no date at all takes the one day the
   * sentence before it states ("Militants attacked a train on Tuesday. They killed 20 passengers."), basis
   * {@code previous_sentence}. Only a day, and only one: a sentence naming two days, or a month or a year, does
   * not set the time of what follows. An event told in a relative clause describes a participant ("the gunmen
   * who stormed a school"): it is what happened before, not the narrative's moment, and takes no date this way.
   * A sentence with a time of its own that is no day ("in 2016", "recently", "last month") is not in that day.
   * Nor is a definite event noun ("Flores's arrest drew condemnation", "the G7 talks brought together ministers"):
   * it names a happening the reader already knows of, not the narrative's new moment; it takes that sentence's day
   * only where that sentence tells a happening of its category, its antecedent ("Militants attacked a train on
   * Tuesday. 21 passengers died in the attack."). A day after the article's own is a plan's ("the tariffs would
   * take effect Wednesday. Trump demanded that ..."), not the time of what the next sentence tells. A happening
   * told in the past perfect, or reported by a saying in the past perfect ("X had earlier said attackers
   * collaborated with partners abroad"), was before the narrative's moment and takes no day from it. Nor does one
   * told under a modal ("If the vote passes, it could see tariffs of 45%", "troops would withdraw"): a possibility,
   * not a happening of the narrative's moment ({@link DatingFrames#underModal}), nor one told as part of a definite
   * happening of its kind ("Injured in the initial attack, the driver has died": {@link DatingFrames#partOfKnown}).
   */
  Dated fromPreviousSentence(Trigger t, Sentence s, Sentence previous, List<TimeExpression> timex) {
    if (previous == null || !dates(s, timex).isEmpty() || parse.headRel(t.head).equals("acl:relcl")
        || definiteNoun(t) && !tells(previous, t.category) || tenses.beforeTheNarrative(t.head)
        || frames.underModal(t.head) || frames.partOfKnown(t) || countsFromAnother(s, timex)
        || hasOwnTime(s, timex)) {
      return new Dated(null, "none");
    }
    TimeExpression day = null;
    for (TimeExpression x : dates(previous, timex)) {
      String v = x.value();
      if (v.length() < 10 || v.startsWith("XXXX") || day != null && !day.value().startsWith(v.substring(0, 10))
          || published != null && v.substring(0, 10).compareTo(published) > 0) {
        return new Dated(null, "none");
      }
      day = day == null ? x : day;
    }
    return day == null ? new Dated(null, "none") : new Dated(day, "previous_sentence");
  }

  /**
   * The news lead's convention: the first sentence of an article's body tells the news of the report's own day.
   * A happening it tells in the present perfect ("the Taliban have rejected the allegation", the "hot news"
   * perfect) or the present progressive ("the envoy is calling for an end to violence"), or in the past under a
   * verb of saying in the present ("security forces say they killed the attackers": the saying is now, Reichenbach's
   * reference time the moment of speech), is dated the article's day, basis {@code news_lead}, where the sentence
   * states no time of its own, or where its one time is the article's own day on the saying
   * ({@link DatingFrames#saidOnTheDay}). Not a verb in the past perfect or the past, nor under a saying in the past
   * of no stated day or another day ("said they had killed"), nor in a relative or adverbial clause: those tell
   * what happened before, on a day the text does not give. A day that modifies another noun ("have rejected the allegation that Tuesday's attack was
   * planned abroad") is that noun's happening's, not a time of the lead's. The coder applies it only to a happening no mention of which states a date
   * ({@link #datedByLead}).
   */
  boolean newsLead(Trigger t, Sentence s, List<TimeExpression> timex) {
    if (!tokens.get(t.head).isVerb()) {
      return false;
    }
    TimeExpression own = null; // the sentence's one time of its own, if it has one
    int times = 0;
    for (TimeExpression x : timex) {
      // a time of the sentence, unless it is another noun's ("rejected the allegation that Tuesday's attack ...")
      if (s.span().contains(x.span()) && ("DATE".equals(x.type()) || "TIME".equals(x.type())) && x.value() != null
          && !partOfDayOnly(x.text()) && !modifiesOtherNoun(x, t)) {
        own = x;
        times++;
      }
    }
    int cur = t.head;
    // "say they killed all six attackers ... and later killed 50 militants": a coordinated verb shares the clause
    while (parse.headRel(cur).startsWith("conj") && parse.head(cur) >= 0) {
      cur = parse.head(cur);
    }
    if (parse.head(cur) < 0) {
      return times == 0 && (tenses.presentPerfect(cur) || tenses.presentProgressive(cur));
    }
    if (!parse.headRel(cur).equals("ccomp")) {
      return false;
    }
    int say = parse.head(cur);
    while (parse.headRel(say).startsWith("conj") && parse.head(say) >= 0) {
      say = parse.head(say);
    }
    boolean past = "VBD".equals(tokens.get(cur).pos()) && parse.children(cur, "aux").isEmpty();
    if (parse.head(say) >= 0 || !SPEECH.contains(parse.lemma(say))) {
      return false;
    }
    if (times == 0) {
      return tenses.present(say) && (past || tenses.presentPerfect(cur) || tenses.presentProgressive(cur));
    }
    return times == 1 && (past || tenses.presentPerfect(cur)) && frames.saidOnTheDay(say, own, published)
        && attached(List.of(own), say) != null;
  }

  /** Whether a sentence has a word the lexicon makes a trigger of {@code category} (a happening of that kind). */
  private boolean tells(Sentence s, String category) {
    for (int k = s.tokens().start(); k < s.tokens().end(); k++) {
      for (Lexicon.Entry e : lexicon.byHead(parse.lemma(k))) {
        if (e.category().equals(category)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The noun a dated definite reference names as what its happening was done to: a compound modifier ("the
   * hotel attack") or the object of "on" or "against" ("the attack on the convoy"); null where it names none.
   */
  String referenceObject(Trigger t, List<TimeExpression> timex) {
    for (var d : parse.children(t.head)) {
      String r = d.relation();
      int k = d.dependent();
      if ((r.equals("compound") || r.equals("nmod:on") || r.equals("nmod:against")) && tokens.get(k).isNoun()
          && !inTime(k, timex) && entityAt[k] == null) {
        return parse.lemma(k);
      }
    }
    return null;
  }

  private static boolean inTime(int token, List<TimeExpression> timex) {
    for (TimeExpression x : timex) {
      if (x.tokens().start() <= token && token < x.tokens().end()) {
        return true;
      }
    }
    return false;
  }


  /**
   * Whether a time expression is a possessive or compound modifier of a noun other than the trigger and the event
   * noun that lends it its actor ("Tuesday's attack killed 12": the attack is the killing's own happening). Not a
   * noun of an occasion, an oblique of setting ("at Friday's meeting", "during Monday's session"): the occasion is
   * where the sentence's happening took place, also where the parser hangs it on a clause below the main verb
   * ("dismissed claims it is buying arms at Friday's meeting").
   */
  private boolean modifiesOtherNoun(TimeExpression x, Trigger t) {
    int head = t.head;
    int lender = t.lender != null ? t.lender.head : -1;
    for (int k = x.tokens().start(); k < x.tokens().end(); k++) {
      int g = parse.head(k);
      String rel = parse.headRel(k);
      if (g >= 0 && g != head && g != lender && (g < x.tokens().start() || g >= x.tokens().end())
          && (rel.equals("nmod:poss") || rel.equals("compound")) && tokens.get(g).isNoun()
          && !setting(parse.headRel(g))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence has a time expression of its own that names no day ("in 2016", "recently", "in April"). */
  private static boolean hasOwnTime(Sentence s, List<TimeExpression> timex) {
    for (TimeExpression x : timex) {
      if (s.span().contains(x.span()) && ("DATE".equals(x.type()) || "TIME".equals(x.type())) && x.value() != null
          && !partOfDayOnly(x.text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence has a time counted from another happening ("Days later, ..."): not the one before's day. */
  private static boolean countsFromAnother(Sentence s, List<TimeExpression> timex) {
    for (TimeExpression x : timex) {
      if (s.span().contains(x.span()) && anchorRelative(x.text())) {
        return true;
      }
    }
    return false;
  }

  /** The sentence's time expressions that name a date (DATE or TIME with a year-month value). */
  static List<TimeExpression> dates(Sentence s, List<TimeExpression> timex) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression x : timex) {
      if (s.span().contains(x.span()) && ("DATE".equals(x.type()) || "TIME".equals(x.type()))
          && x.value() != null && DATE_VALUE.matcher(x.value()).find() && !partOfDayOnly(x.text())
          && !anchorRelative(x.text())) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * "Days later", "a week earlier", "the next day", "the previous night": a time counted from another happening of
   * the story, not from the article's day. The time tagger resolves it against the article's date, which is wrong
   * whenever the story's last happening was on another day ("Earlier this month, a bomber struck ... Days later,
   * a blast killed 11 miners"), so it dates nothing.
   */
  static boolean anchorRelative(String text) {
    String[] w = Text.fold(text).split("\\s+");
    if (w.length == 0) {
      return false;
    }
    int first = w[0].equals("the") && w.length > 1 ? 1 : 0;
    // "the next day" counts from the story; "next week" from the article's day
    return CoderWords.ANCHOR_RELATIVE.contains(w[w.length - 1])
        || first == 1 && w.length >= 3 && CoderWords.ANCHOR_NEXT.contains(w[first]) || DatingFrames.anaphoricDay(w);
  }

  /** "At night", "early in the morning": a part of the day with no day named dates nothing. */
  static boolean partOfDayOnly(String text) {
    for (String w : Text.fold(text).split("\\s+")) {
      if (!w.isEmpty() && !CoderWords.DAY_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static Dated stated(TimeExpression x) {
    return new Dated(x, CoderWords.TODAY.contains(Text.fold(x.text())) ? "article_date" : "stated");
  }

  /**
   * A time expression of the sentence whose token attaches to {@code head} as a modifier, or to the noun of an
   * occasion {@code head} took place at ("dismissed the accusations at Friday's meeting": the meeting's day).
   */
  TimeExpression attached(List<TimeExpression> inSentence, int head) {
    for (TimeExpression x : inSentence) {
      for (int k = x.tokens().start(); k < x.tokens().end(); k++) {
        int g = parse.head(k);
        String rel = parse.headRel(k);
        if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod") || rel.equals("compound")
            || rel.equals("amod"))) {
          continue;
        }
        if (g == head || g >= 0 && parse.head(g) == head && tokens.get(g).isNoun() && setting(parse.headRel(g))
            || g >= 0 && parse.head(g) == head && subjectsTime(rel, g)) {
          return x;
        }
      }
    }
    return null;
  }

  /**
   * Whether a time the parser hangs on a clause's subject is the clause's: "Turkey's defence minister on Saturday
   * said ...", "Iran on Tuesday threatened to cut off power" (the day as "nmod:on" or "nmod:tmod" of the subject).
   * A party has no day of its own, so the day is its verb's. Not an event noun ("the attack on Tuesday killed 12":
   * the attack's own day, which the sentence's only date gives the killing anyway).
   */
  private boolean subjectsTime(String rel, int subject) {
    return (rel.equals("nmod:on") || rel.equals("nmod:tmod")) && parse.headRel(subject).startsWith("nsubj")
        && tokens.get(subject).isNoun() && lexicon.byHead(parse.lemma(subject)).isEmpty();
  }

  /** Whether a dependency names an occasion: an oblique with a preposition of setting ("obl:at", "obl:during"). */
  private static boolean setting(String rel) {
    int colon = rel.indexOf(':');
    return rel.startsWith("obl:") && CoderWords.SETTING_PREPOSITIONS.contains(rel.substring(colon + 1));
  }
}
