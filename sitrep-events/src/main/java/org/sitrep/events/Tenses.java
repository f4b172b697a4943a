package org.sitrep.events;

import static org.sitrep.events.CoderWords.SPEECH;

import java.util.List;

/**
 * The tense of a verb as the dating rules need it ({@link EventDating}): the past perfect, which puts a happening
 * before the narrative, and the present forms by which the news lead tells the day's news.
 */
final class Tenses extends CoderPart {
  Tenses(CoderContext c) {
    super(c);
  }

  /** Whether a verb, or the verb of saying whose complement it is, is in the past perfect ("had said", "had fled"). */
  boolean beforeTheNarrative(int v) {
    if (pastPerfect(v)) {
      return true;
    }
    int g = parse.head(v);
    return g >= 0 && parse.headRel(v).equals("ccomp") && SPEECH.contains(parse.lemma(g)) && pastPerfect(g);
  }

  /** "had fled", "had been arrested": the auxiliary "have" in the past with a participle (the tagger may say VBD). */
  boolean pastPerfect(int v) {
    if (!"VBN".equals(tokens.get(v).pos()) && !"VBD".equals(tokens.get(v).pos())) {
      return false;
    }
    for (int a : parse.children(v, "aux")) {
      if (parse.lemma(a).equals("have") && "VBD".equals(tokens.get(a).pos())) {
        return true;
      }
    }
    return false;
  }

  /** A verb in the present: simple ("say"), perfect ("have rejected") or progressive ("is calling"). */
  boolean present(int v) {
    String pos = tokens.get(v).pos();
    return ("VBZ".equals(pos) || "VBP".equals(pos)) && parse.children(v, "aux").isEmpty() || presentPerfect(v)
        || presentProgressive(v);
  }

  /** "have rejected", "has been released": an auxiliary "have" in the present. */
  boolean presentPerfect(int v) {
    return auxInPresent(v, "have") && "VBN".equals(tokens.get(v).pos());
  }

  /** "is calling", "are fighting": an auxiliary "be" in the present with a present participle. */
  boolean presentProgressive(int v) {
    return auxInPresent(v, "be") && "VBG".equals(tokens.get(v).pos());
  }

  /** Whether a verb's auxiliaries are only {@code lemma} in the present tense (no modal, no "had", no "will"). */
  boolean auxInPresent(int v, String lemma) {
    List<Integer> aux = parse.children(v, "aux");
    if (aux.isEmpty()) {
      return false;
    }
    for (int a : aux) {
      String pos = tokens.get(a).pos();
      if (!parse.lemma(a).equals(lemma) || !("VBZ".equals(pos) || "VBP".equals(pos))) {
        return false;
      }
    }
    return true;
  }
}
