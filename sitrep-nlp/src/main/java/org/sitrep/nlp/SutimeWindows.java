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
   * Token ranges [start, end) around the time cues of {@code words} ({@link TemporalCues#isCue}): each cue with
   * {@code reach} tokens either side, ranges that overlap or touch merged, in order. Empty when there is no cue.
   */
  static List<int[]> cueSpans(List<String> words, int reach) {
    List<int[]> out = new ArrayList<>();
    int n = words.size();
    for (int i = 0; i < n; i++) {
      if (!TemporalCues.isCue(words.get(i))) {
        continue;
      }
      int s = Math.max(0, i - reach);
      int e = Math.min(n, i + reach + 1);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s <= last[1]) {
        last[1] = Math.max(last[1], e);
      } else {
        out.add(new int[] {s, e});
      }
    }
    return out;
  }

  /**
   * The token ranges SUTime reads in a sentence of {@code words}: with {@code reach > 0}, the {@link #cueSpans}
   * (each longer than {@code window} cut into {@link #windows}); otherwise the sentence in {@link #windows}.
   * Ranges without a cue are left out.
   */
  static List<int[]> ranges(List<String> words, int window, int reach) {
    List<int[]> spans = reach > 0 ? cueSpans(words, reach) : List.of(new int[] {0, words.size()});
    List<int[]> out = new ArrayList<>();
    for (int[] span : spans) {
      for (int[] w : windows(span[1] - span[0], window)) {
        int s = span[0] + w[0];
        int e = span[0] + w[1];
        if (reach > 0 || TemporalCues.any(words.subList(s, e))) {
          out.add(new int[] {s, e});
        }
      }
    }
    return out;
  }

  /**
   * SUTime's expressions in {@code sentence} (its tokens' offsets are in {@code text}), resolved against
   * {@code docDate}, in order. SUTime reads the {@link #ranges} of the sentence, each as a sentence of its own
   * (the whole sentence when that is the one range). Where two ranges overlap (the windows of a long span), an
   * expression is taken from the range in which it starts before the overlap, so one that crosses a range's
   * end is read whole from that range, and a piece of it seen again by the next range is dropped.
   */
  static List<CoreMap> times(SutimePool.Instance sutime, CoreMap sentence, String text, String docDate,
                             SUTime.TimeIndex index, int window, int reach) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<int[]> rs = ranges(labels.stream().map(CoreLabel::word).toList(), window, reach);
    if (rs.size() == 1 && rs.get(0)[0] == 0 && rs.get(0)[1] == labels.size()) {
      return sutime.sentence(sentence, docDate, index);
    }
    List<CoreMap> out = new ArrayList<>();
    int keptEnd = -1; // character end of the last expression kept
    for (int r = 0; r < rs.size(); r++) {
      int start = rs.get(r)[0];
      int end = rs.get(r)[1];
      int nextStart = r + 1 < rs.size() ? rs.get(r + 1)[0] : end;
      int keepBefore = nextStart < end ? labels.get(nextStart).beginPosition() : Integer.MAX_VALUE;
      for (CoreMap m : sutime.sentence(sub(sentence, labels, start, end, text), docDate, index)) {
        Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        if (b == null || b >= keepBefore || b < keptEnd) {
          continue; // read from the next range, or a piece of an expression already taken
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
