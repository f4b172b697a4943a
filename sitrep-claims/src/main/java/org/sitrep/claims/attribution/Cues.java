package org.sitrep.claims.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Sentence;

/**
 * Finds attribution cues over the dependency parse: a speech verb with a subject ("X said that ...",
 * "..., he said", "said X"), and "according to X". The content is the verb's clausal complement, the
 * clause it is a parenthetical of, or the rest of the sentence. Stateless.
 */
public final class Cues {
  /** Lemmas of verbs that report speech or a claim (data file {@code speech-verbs.tsv}). */

  private Cues() {
  }

  public static List<Cue> find(DocIndex ix, SpeakerResolver speakers) {
    List<Cue> out = new ArrayList<>();
    for (Sentence s : ix.sentences()) {
      for (int t = s.tokens().start(); t < s.tokens().end(); t++) {
        String lemma = ix.lemma(t);
        // "“...,” he continued", "“...,” fretted Maria Lopez": right after a quotation more verbs report it
        boolean quotedCue = ix.pos(t).startsWith("VB") && afterQuotation(ix, t)
            && (Lexicon.AFTER_QUOTE_VERBS.contains(lemma) || invertedSpeaker(ix, t) >= 0);
        if (ix.pos(t).startsWith("VB") && (Lexicon.SPEECH_VERBS.contains(lemma) || quotedCue)) {
          int subj = subject(ix, t);
          if (subj < 0) {
            continue;
          }
          CharSpan content = content(ix, s, t, subj);
          if (content == null) {
            continue;
          }
          out.add(new Cue(t, ix.token(t).text().toLowerCase(java.util.Locale.ROOT), subj, speakers.resolve(subj),
              content, s.index()));
        } else if (ix.lower(t).equals("according") && t + 1 < s.tokens().end() && ix.lower(t + 1).equals("to")) {
          Dependency h = ix.head(t);
          if (h == null || h.governor() < 0) {
            continue;
          }
          int src = h.governor();
          int[] srcTree = ix.subtree(src);
          CharSpan content = outside(ix, s, Math.min(t, srcTree[0]), Math.max(srcTree[srcTree.length - 1], t + 1));
          if (content != null) {
            out.add(new Cue(t, "according to", src, speakers.resolve(src), content, s.index()));
          }
        }
      }
    }
    return out;
  }

  /** The subject tokens of the document's speech verbs: who the discourse has speaking, in order. */
  static java.util.NavigableSet<Integer> speakerTokens(DocIndex ix) {
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    for (int t = 0; t < ix.size(); t++) {
      String lemma = ix.lemma(t);
      if (ix.pos(t).startsWith("VB") && (Lexicon.SPEECH_VERBS.contains(lemma)
          || Lexicon.AFTER_QUOTE_VERBS.contains(lemma) && afterQuotation(ix, t))) {
        int subj = subject(ix, t);
        if (subj >= 0) {
          out.add(subj);
        }
      }
    }
    return java.util.Collections.unmodifiableNavigableSet(out);
  }

  private static int subject(DocIndex ix, int verb) {
    for (Dependency d : ix.children(verb)) {
      if (d.relation().equals("nsubj") && ix.head(d.dependent()) != null
          && ix.head(d.dependent()).governor() == verb) {
        return d.dependent();
      }
    }
    // "He said X and added Y": a conjoined speech verb shares the subject
    for (Dependency d : ix.children(verb)) {
      if (d.relation().startsWith("nsubj") && !d.relation().contains("pass")) {
        return d.dependent();
      }
    }
    // "“...,” he said" read as a passive subject
    for (Dependency d : ix.children(verb)) {
      if (d.relation().equals("nsubj:pass") && afterQuotation(ix, ix.subtree(d.dependent())[0])) {
        return d.dependent();
      }
    }
    // "“...,” said Sebastian Vladescu": the parser reads the inverted speaker as an object
    // (or as xcomp, dep or iobj): the first nominal after the verb is the speaker
    if (verb > 0 && afterQuotation(ix, verb)) {
      for (Dependency d : ix.children(verb)) {
        String r = d.relation();
        if ((r.equals("obj") || r.equals("xcomp") || r.equals("dep") || r.equals("iobj")) && d.dependent() > verb
            && nominal(ix, d.dependent())) {
          return d.dependent();
        }
      }
    }
    if (verb > 0 && afterQuotation(ix, verb)) {
      int inv = invertedSpeaker(ix, verb);
      if (inv >= 0) {
        return inv; // the parse went astray; the words "said X of Y" still name X
      }
    }
    // "..., saying: “...”": a participle speaks for the subject of the clause it hangs on
    Dependency h = ix.head(verb);
    if (ix.pos(verb).equals("VBG") && h != null && h.relation().matches("advcl(:.*)?|xcomp|conj(:.*)?|acl")) {
      if (ix.lemma(h.governor()).equals("quote")) {
        for (Dependency d : ix.children(h.governor())) {
          if (d.relation().equals("obj")) {
            return d.dependent(); // "Detik.com quoted Djamal as saying"
          }
        }
      }
      for (Dependency d : ix.children(h.governor())) {
        if (d.relation().equals("nsubj")) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /**
   * In "“...,” said [international relations expert] Soli Ozel of ...", the last token of the first
   * person or organisation named right after the verb, before any comma; else -1.
   */
  static int invertedSpeaker(DocIndex ix, int verb) {
    int end = ix.sentenceOfToken(verb).tokens().end();
    for (int t = verb + 1; t < end && t <= verb + 8; t++) {
      String pos = ix.pos(t);
      if (pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.startsWith("VB") || pos.equals("IN")) {
        return -1;
      }
      var m = ix.mention(t);
      if (m != null && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))) {
        return Math.min(m.tokens().end(), end) - 1;
      }
    }
    return -1;
  }

  /** Whether only a comma and closing quotation marks separate the verb from a quotation before it. */
  private static boolean afterQuotation(DocIndex ix, int verb) {
    int i = verb - 1;
    int sentStart = ix.sentenceOfToken(verb).tokens().start();
    boolean mark = false;
    while (i >= sentStart && (ix.pos(i).equals("''") || ix.pos(i).equals(",") || ix.pos(i).equals("``"))) {
      mark |= !ix.pos(i).equals(",");
      i--;
    }
    return mark;
  }

  private static boolean nominal(DocIndex ix, int t) {
    String pos = ix.pos(t);
    return pos.startsWith("NN") || pos.equals("PRP");
  }

  /**
   * What the cue reports: the verb's clausal complement on either side ("X said that ...", "“...,” X
   * said"), the clause it is a parenthetical or conjunct of, or what the sentence holds besides the cue.
   */
  private static CharSpan content(DocIndex ix, Sentence s, int verb, int subj) {
    for (Dependency d : ix.children(verb)) {
      String r = d.relation();
      int c = d.dependent();
      if (r.equals("ccomp") || r.equals("parataxis") || r.equals("csubj")
          || r.equals("dep") && ix.pos(c).startsWith("VB")
          || r.equals("advcl") && c < subj && ix.pos(c).startsWith("VB")) {
        return ix.span(ix.subtree(c));
      }
    }
    Dependency h = ix.head(verb);
    if (h != null && (h.relation().equals("parataxis")
        || (h.relation().equals("ccomp") || h.relation().equals("dep")) && h.governor() < verb
        || h.relation().startsWith("conj") && h.governor() < verb && afterQuotation(ix, firstOf(ix, verb, subj)))) {
      // "..., he said" or "“...,” X told": the cue is a parenthetical of (or conjoined to) the quoted clause
      int[] own = ix.subtree(verb);
      return outside(ix, s, own[0], own[own.length - 1]);
    }
    if (h == null) {
      // a root speech verb without a complement: the rest of the sentence after it, or what comes before
      int a = verb + 1;
      while (a < s.tokens().end() && (ix.isPunct(a) || ix.lower(a).equals("that"))) {
        a++;
      }
      if (a >= s.tokens().end() - 1) {
        int first = Math.min(verb, ix.subtree(subj)[0]);
        return first > s.tokens().start() ? outside(ix, s, first, s.tokens().end() - 1) : null;
      }
      int b = s.tokens().end() - 1;
      if (ix.isPunct(b)) {
        b--;
      }
      return b >= a ? new CharSpan(ix.token(a).span().start(), ix.token(b).span().end()) : null;
    }
    int first = firstOf(ix, verb, subj);
    if (afterQuotation(ix, first)) {
      return outside(ix, s, first, s.tokens().end() - 1); // "“...,” he said": what comes before
    }
    return null;
  }

  private static int firstOf(DocIndex ix, int verb, int subj) {
    return subj >= 0 && subj < verb ? ix.subtree(subj)[0] : verb;
  }

  /** The sentence's text before or after tokens {@code a..b}, whichever is longer; null when empty. */
  private static CharSpan outside(DocIndex ix, Sentence s, int a, int b) {
    int first = s.tokens().start();
    int last = s.tokens().end() - 1;
    int before = a - first;
    int after = last - b;
    int x;
    int y;
    if (before >= after) {
      x = first;
      y = a - 1;
    } else {
      x = b + 1;
      y = last;
    }
    while (x <= y && ix.isPunct(x)) {
      x++;
    }
    while (y >= x && ix.isPunct(y)) {
      y--;
    }
    return y < x ? null : new CharSpan(ix.token(x).span().start(), ix.token(y).span().end());
  }
}
