package org.sitrep.events;

import static org.sitrep.events.CoderWords.MODAL_HYPOTHETICAL;
import static org.sitrep.events.CoderWords.NEGATION;
import static org.sitrep.events.CoderWords.PLAN;
import static org.sitrep.events.CoderWords.VERBAL;

import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Token;

/** Status of a trigger: negated, historical, threatened, hypothetical, planned or occurred. */
final class EventStatus extends CoderPart {
  private static final Pattern YEAR = Pattern.compile("^(1[89]\\d\\d|20\\d\\d)$");
  private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}");
  private final Integer publishedYear;

  EventStatus(CoderContext c) {
    super(c);
    String pub = c.doc.article().published();
    this.publishedYear = leadingYear(pub);
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
    if (historical(t, date)) {
      return "historical";
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
    for (int aux : parse.children(h, "aux")) {
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
      if (g < 0 || !(r.equals("xcomp") || nounLike(cur) && r.equals("obj"))) {
        break;
      }
      if (PLAN.contains(parse.lemma(g)) && !VERBAL.contains(t.entry.category())) {
        return "planned";
      }
      for (int aux : parse.children(g, "aux")) {
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

  /**
   * An infinitive of aim or wish: the trigger (or the verb whose object it is: "to beef up support") is a "to"
   * infinitive completing or modifying a word that does not make it happen ("worked through the night to rescue
   * them", "the agency needs money to provide aid", "plans to urge"), unlike an implicative one ("managed to
   * free", "forced them to withdraw", "the first to reject"). The aim is not a happening the article reports.
   */
  boolean aim(int h) {
    int v = h;
    if (nounLike(v) && parse.headRel(v).equals("obj")) {
      v = parse.head(v);
    }
    if (v < 0 || !tokens.get(v).isVerb()) {
      return false;
    }
    boolean to = false;
    for (int m : parse.children(v, "mark")) {
      to |= parse.lemma(m).equals("to");
    }
    String rel = parse.headRel(v);
    int g = parse.head(v);
    return to && g >= 0 && (rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("acl"))
        && !CoderWords.IMPLICATIVE.contains(parse.lemma(g));
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

  /** Background: the trigger is dated before the article's year, carries an earlier year, or "since ...". */
  private boolean historical(Trigger t, String date) {
    Integer year = leadingYear(date);
    if (publishedYear != null && year != null && year < publishedYear) {
      return true;
    }
    // "Since the beginning of the war, Turkey has backed ... while Russia sided with ...": the clause and the
    // clauses it hangs from
    int cur = t.head;
    for (int depth = 0; depth < 3 && cur >= 0; depth++) {
      for (int k : parse.children(cur, "obl")) {
        String r = parse.headRel(k);
        if (r.equals("obl:since") && !tokens.get(k).isVerb()) {
          return true;
        }
      }
      String rel = parse.headRel(cur);
      if (!(rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("parataxis"))) {
        break;
      }
      cur = parse.head(cur);
    }
    for (Dependency d : parse.children(t.head)) {
      String r = d.relation();
      Token dep = tokens.get(d.dependent());
      if (r.equals("obl:since") || r.equals("nmod:since")) {
        return true;
      }
      if ((r.equals("nummod") || r.equals("compound") || r.equals("amod") || r.startsWith("obl:in")
          || r.startsWith("nmod:in")) && YEAR.matcher(dep.text()).matches()) {
        int y = Integer.parseInt(dep.text());
        if (publishedYear == null || y < publishedYear) {
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
