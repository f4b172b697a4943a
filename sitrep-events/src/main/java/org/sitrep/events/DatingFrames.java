package org.sitrep.events;

import java.util.Map;
import org.sitrep.core.data.CalendarNames;
import org.sitrep.core.doc.TimeExpression;

/**
 * Clause frames that decide what a time expression of the sentence, or of the sentence before, dates
 * ({@link EventDating} asks): the measure a vote decides takes the vote's time; a happening told under a modal is
 * a possibility, not the narrative's moment; the news lead's saying on the article's own day dates the news it
 * reports.
 */
final class DatingFrames extends CoderPart {
  DatingFrames(CoderContext c) {
    super(c);
  }

  /**
   * Whether a noun is the measure a verb of deciding takes with "on" ("the council votes Friday on sanctions",
   * "ministers will decide on Monday on a ban"): the decision is the measure's taking, so the vote's time is its
   * time. Not a verb of saying or reporting ("reported on Tuesday on an attack"): that time is the report's.
   */
  boolean decidedMeasure(int v) {
    int g = parse.head(v);
    String rel = parse.headRel(v);
    return g >= 0 && tokens.get(v).isNoun() && (rel.equals("obl:on") || rel.equals("nmod:on"))
        && tokens.get(g).isVerb() && CoderWords.DECISION_VERBS.contains(parse.lemma(g));
  }

  /**
   * Whether a trigger's clause has a modal auxiliary ("they may attack"): on the trigger, or on the verb its clause
   * hangs from as subject, object, oblique or open complement ("it could see tariffs as high as 45%").
   */
  boolean underModal(int head) {
    int v = head;
    // up from the trigger to its clause's verb: "it could see [tariffs as high as 45%]", "would vote on sanctions"
    for (int depth = 0; depth < 3 && v >= 0; depth++) {
      for (int a : parse.children(v, "aux")) {
        if ("MD".equals(tokens.get(a).pos())) {
          return true;
        }
      }
      String rel = parse.headRel(v);
      if (!(rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("obl") || rel.equals("xcomp"))) {
        return false;
      }
      v = parse.head(v);
    }
    return false;
  }

  /**
   * Whether a saying in the simple past is dated the article's own day ({@code published}, YYYY-MM-DD) by {@code x}
   * ("Security sources said Wednesday [that] troops killed 30 militants" in Wednesday's report): in the news lead,
   * the saying is the day's news, and the happening it reports in the simple past or present perfect is the news
   * it reports, of that day ({@link EventDating#newsLead}; the saying's own day dates only the statement,
   * {@code statement_only}, in any other sentence or on any other day).
   */
  boolean saidOnTheDay(int say, TimeExpression x, String published) {
    return published != null && "VBD".equals(tokens.get(say).pos()) && parse.children(say, "aux").isEmpty()
        && x.value() != null && x.value().length() >= 10 && x.value().startsWith(published);
  }

  /**
   * A month named without a year ("In April, the military removed the president", "said during a visit in early
   * September", "the accord of 17 September") that the time tagger resolved to a month after the article's, for a
   * happening told as done (status {@code occurred} or {@code historical}): the tagger looked forward, the report
   * looks back; it is the last such month before the article, a year earlier. A year named, a weekday ("Friday"),
   * a plan or a possibility keep the tagger's value. {@code date}: YYYY-MM or YYYY-MM-DD; {@code published}: the
   * article's date.
   */
  static String lastYears(String date, TimeExpression when, String published, String status) {
    if (date == null || when == null || published == null || published.length() < 7 || date.length() < 7
        || !("occurred".equals(status) || "historical".equals(status)) || YEAR.matcher(when.text()).find()
        || !namesMonth(when.text()) || date.startsWith("XXXX")
        || date.substring(0, 7).compareTo(published.substring(0, 7)) <= 0) {
      return date;
    }
    String earlier = (Integer.parseInt(date.substring(0, 4)) - 1) + date.substring(4);
    return earlier.substring(0, 7).compareTo(published.substring(0, 7)) <= 0 ? earlier : date;
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}|'\\d{2}\\b");

  /** Month names and their short forms, from sitrep's one calendar table. */
  private static final Map<String, Integer> MONTH_WORDS = CalendarNames.monthWords();

  private static boolean namesMonth(String text) {
    for (String w : Text.fold(text).split("[^\\p{L}]+")) {
      if (MONTH_WORDS.containsKey(w)) {
        return true;
      }
    }
    return false;
  }
  /**
   * Whether a happening is told as a part of a definite happening of its kind, named by an oblique of setting
   * ("Injured in the initial attack, the driver has died", "two guards were killed in the raid"): the reader knows
   * that happening already, and its day is this one's (the merge of mentions carries it), not the day of the
   * sentence before, which tells what came after. An indefinite one ("were killed in an ambush") is told here
   * for the first time and may be of the narrative's moment.
   */
  boolean partOfKnown(Trigger t) {
    for (var d : parse.children(t.head)) {
      String rel = d.relation();
      int k = d.dependent();
      int colon = rel.indexOf(':');
      if (!rel.startsWith("obl:") || !CoderWords.SETTING_PREPOSITIONS.contains(rel.substring(colon + 1))
          || !tokens.get(k).isNoun() || !definite(k)) {
        continue;
      }
      for (Lexicon.Entry e : lexicon.byHead(parse.lemma(k))) {
        if (e.category().equals(t.category)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a noun is made definite by a possessive or a definite determiner ("the attack", "Tuesday's raid"). */
  private boolean definite(int noun) {
    boolean definite = !parse.children(noun, "nmod:poss").isEmpty();
    for (int d : parse.children(noun, "det")) {
      definite |= CoderWords.DEFINITE_DETERMINERS.contains(parse.lemma(d));
    }
    return definite;
  }

  /**
   * "The day", "that night", "the same day" ("earlier in the day", "visited them the day after the deportation",
   * "later that night"): a day named only by reference to a day of the story, which the time tagger resolves to the
   * article's own; it is the story's day, not the report's, so it dates nothing by itself (never the publication
   * date by default). Not "at night", "in the morning" (a part of the day: {@link EventDating#partOfDayOnly}) nor "this
   * morning" (the article's day: {@code today}).
   */
  static boolean anaphoricDay(String[] words) {
    boolean reference = false;
    for (String w : words) {
      if (CoderWords.ANAPHORIC_DAY.contains(w)) {
        reference = true;
      } else if (!CoderWords.DAY_WORDS.contains(w)) {
        return false;
      }
    }
    return reference;
  }
}
