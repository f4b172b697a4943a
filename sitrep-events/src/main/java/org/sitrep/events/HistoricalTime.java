package org.sitrep.events;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Token;

/**
 * Whether a happening is before the news ({@link EventStatus} asks): dated before the article's year, its clause
 * carrying an earlier year, or counted "since" a past happening.
 */
final class HistoricalTime extends CoderPart {
  private static final Pattern YEAR = Pattern.compile("^(1[89]\\d\\d|20\\d\\d)$");
  private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}");
  /** A TIMEX value naming a year, or a season or quarter of one ("2016", "2016-SU", "2016-Q3"). */
  private static final Pattern YEAR_ONLY = Pattern.compile("^\\d{4}(-(SP|SU|FA|WI|Q\\d|H\\d))?$");
  private final Integer publishedYear;
  private final List<TimeExpression> timeline;

  HistoricalTime(CoderContext c) {
    super(c);
    this.publishedYear = leadingYear(c.doc.article().published());
    this.timeline = c.timeline;
  }

  /**
   * Background: the trigger is dated before the article's year, or its clause (the trigger, the verb an event
   * noun is the object of, and the clauses they hang from) carries an earlier year ("in 2016", "last year": a
   * time expression that names only a year), starts "since ..." ("since the beginning of the war, Turkey has
   * backed ..."), or is itself a "since" clause: the past happening a state is counted from ("relations have been
   * frozen since the president was ousted").
   */
  boolean historical(Trigger t, String date) {
    Integer year = leadingYear(date);
    if (publishedYear != null && year != null && year < publishedYear) {
      return true;
    }
    int cur = t.head;
    String headRel = parse.headRel(cur);
    if (nounLike(cur) && headRel.startsWith("nmod") && parse.head(cur) >= 0
        && !parse.children(parse.head(cur), "cop").isEmpty()) {
      // "Since 2022, the town has been a center of the mobilization": the clause is the copula's predicate
      cur = parse.head(cur);
      headRel = parse.headRel(cur);
    }
    if (nounLike(cur) && parse.head(cur) >= 0 && (headRel.equals("obj") || headRel.startsWith("nsubj:pass"))) {
      if (earlierYear(cur)) {
        return true;
      }
      cur = parse.head(cur); // "ramped up sanctions in 2016": the verb the noun is the object of
    }
    for (int depth = 0; depth < 3 && cur >= 0; depth++) {
      for (int k : parse.children(cur, "obl")) {
        if (parse.headRel(k).equals("obl:since") && !tokens.get(k).isVerb()) {
          return true;
        }
      }
      if (earlierYear(cur) || perfectSince(cur) || subjectYear(cur)) {
        return true;
      }
      String rel = parse.headRel(cur);
      if (rel.startsWith("advcl") && parse.children(cur, "mark").stream()
          .anyMatch(m -> parse.lemma(m).equals("since"))) {
        return true;
      }
      if (!(rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("parataxis") || rel.equals("xcomp"))) {
        break;
      }
      cur = parse.head(cur);
    }
    for (Dependency d : parse.children(t.head)) {
      String r = d.relation();
      if ((r.equals("obl:since") || r.equals("nmod:since")) && !countedSeries(t.head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An event noun counted by an ordinal from a starting point ("his second visit since taking office", "the third
   * attack on the town since January"; branch evdate10): "since" delimits the series counted, not this happening's
   * time, which is the series' latest, now. Not historical, but a tally ({@link NotNews#habitOrTally}).
   */
  boolean countedSeries(int noun) {
    if (!nounLike(noun)
        || parse.children(noun, "amod").stream().noneMatch(k -> "ORDINAL".equals(tokens.get(k).ner()))) {
      return false;
    }
    return parse.children(noun).stream().anyMatch(d -> d.relation().equals("nmod:since")
        || d.relation().equals("obl:since")
        || d.relation().startsWith("acl") && parse.children(d.dependent(), "mark").stream()
            .anyMatch(m -> parse.lemma(m).equals("since")));
  }

  /**
   * A verb in the perfect with a "since" clause ("the Taliban have intensified attacks since the withdrawal
   * started"): the perfect makes "since" temporal (not the causal "since they refused, ..."), and what the verb
   * tells is a course of things from a past happening on, not one happening of the news.
   */
  private boolean perfectSince(int v) {
    if (!tokens.get(v).isVerb() || parse.children(v, "aux").stream().noneMatch(a -> parse.lemma(a).equals("have"))) {
      return false;
    }
    for (Dependency d : parse.children(v)) {
      if (d.relation().startsWith("advcl") && parse.children(d.dependent(), "mark").stream()
          .anyMatch(m -> parse.lemma(m).equals("since"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code h} carries a year before the article's: a year as its number or modifier ("the 2015 attack"),
   * after "in", or a time expression of its that names only a year ("last year", "in 2016").
   */
  private boolean earlierYear(int h) {
    for (Dependency d : parse.children(h)) {
      String r = d.relation();
      if (r.endsWith(":since") && countedSeries(h)) {
        continue; // "her first visit since 2019": the year starts the series counted, this visit is now
      }
      Token dep = tokens.get(d.dependent());
      if ((r.equals("nummod") || r.equals("compound") || r.equals("amod") || r.startsWith("obl:in")
          || r.startsWith("nmod:in")) && YEAR.matcher(dep.text()).matches()) {
        int y = Integer.parseInt(dep.text());
        if (publishedYear == null || y < publishedYear) {
          return true;
        }
      }
      if (r.startsWith("obl") || r.startsWith("nmod") || r.equals("advmod")) {
        for (TimeExpression x : timeline) {
          if (x.tokens().contains(d.dependent()) && x.value() != null && YEAR_ONLY.matcher(x.value()).matches()
              && beforePublishedYear(x.value())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * An earlier year between a verb's subject and the verb, which the parser hangs on the subject ("The government
   * in 2016 had called for ..."; branch evvol9): the verb's time, as "in 2016" after it would be. A year before the
   * subject's head ("the 2016 agreement was violated") names the thing, not when the verb happened.
   */
  private boolean subjectYear(int v) {
    for (int k : parse.children(v, "nsubj")) {
      for (int d : parse.children(k, "nmod:in")) {
        if (k < d && d < v && YEAR.matcher(tokens.get(d).text()).matches() && publishedYear != null
            && Integer.parseInt(tokens.get(d).text()) < publishedYear) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a TIMEX value ("2015", "2015-SU") names a year before the article's. */
  boolean beforePublishedYear(String value) {
    Integer year = leadingYear(value);
    return publishedYear != null && year != null && year < publishedYear;
  }

  /** The year a date or TIMEX value starts with ("2015-SU" -> 2015), or null. */
  private static Integer leadingYear(String s) {
    return s != null && LEADING_YEAR.matcher(s).find() ? Integer.valueOf(s.substring(0, 4)) : null;
  }
}
