package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * SUTime on one sentence at a bounded cost. SUTime's rule matcher (TokensRegex) costs more than linearly
 * in the sentence's length: a 3,000-token run-on sentence of time words took over a minute, where news
 * sentences take milliseconds. A sentence of at most {@code window} tokens (the {@code
 * nlp.max_sentence_tokens} limit, beyond which the parser skips a sentence too) is given to SUTime whole,
 * exactly as before. A longer one is read in overlapping windows of {@code window} tokens (each next window
 * starting {@code window / 4} tokens before the last one ends): an expression is taken from the window in
 * which it starts before the overlap, so one that crosses a window's end is read whole from that window,
 * and a piece of it seen again by the next window is dropped. Offsets are those of the sentence's own
 * tokens, so they stay exact. The cost is then linear in the sentence's length.
 */
final class SutimeWindows {
  private SutimeWindows() {
  }

  /** Window bounds [start, end) over {@code n} tokens: one window when {@code n <= window}. */
  static List<int[]> windows(int n, int window) {
    List<int[]> out = new ArrayList<>();
    if (n <= window) {
      out.add(new int[] {0, n});
      return out;
    }
    int step = window - Math.max(1, window / 4);
    for (int s = 0; ; s += step) {
      int e = Math.min(n, s + window);
      out.add(new int[] {s, e});
      if (e == n) {
        return out;
      }
    }
  }

  /**
   * SUTime's expressions in {@code sentence} (its tokens' offsets are in {@code text}), resolved against
   * {@code docDate}, in order; windows of a long sentence without a time word are not given to SUTime.
   */
  static List<CoreMap> times(SutimePool.Instance sutime, CoreMap sentence, String text, String docDate,
                             SUTime.TimeIndex index, int window) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<int[]> ws = windows(labels.size(), window);
    if (ws.size() == 1) {
      return sutime.sentence(sentence, docDate, index);
    }
    List<CoreMap> out = new ArrayList<>();
    int keptEnd = -1; // character end of the last expression kept
    for (int w = 0; w < ws.size(); w++) {
      int start = ws.get(w)[0];
      int end = ws.get(w)[1];
      int nextStart = w + 1 < ws.size() ? ws.get(w + 1)[0] : end;
      List<CoreLabel> part = labels.subList(start, end);
      if (!TemporalCues.any(part.stream().map(CoreLabel::word).toList())) {
        continue;
      }
      int keepBefore = w + 1 < ws.size() ? labels.get(nextStart).beginPosition() : Integer.MAX_VALUE;
      for (CoreMap m : sutime.sentence(sub(sentence, labels, start, end, text), docDate, index)) {
        Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        if (b == null || b >= keepBefore || b < keptEnd) {
          continue; // read from the next window, or a piece of an expression already taken
        }
        out.add(m);
        Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        keptEnd = e == null ? b + 1 : e;
      }
    }
    return out;
  }

  /** A sentence of the tokens [start, end) of {@code sentence}, with their text and offsets. */
  private static CoreMap sub(CoreMap sentence, List<CoreLabel> labels, int start, int end, String text) {
    List<CoreLabel> part = labels.subList(start, end);
    CoreMap s = new ArrayCoreMap(sentence);
    int b = part.get(0).beginPosition();
    int e = part.get(part.size() - 1).endPosition();
    s.set(CoreAnnotations.TokensAnnotation.class, part);
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
    s.set(CoreAnnotations.TextAnnotation.class, text.substring(b, e));
    Integer tb = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (tb != null) {
      s.set(CoreAnnotations.TokenBeginAnnotation.class, tb + start);
      s.set(CoreAnnotations.TokenEndAnnotation.class, tb + end);
    }
    return s;
  }
}
