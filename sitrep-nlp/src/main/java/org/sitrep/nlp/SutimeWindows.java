package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
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
   * One time expression: character offsets [begin, end) in the text, TIMEX3 type, value, modifier (or null) and
   * range (or null), from SUTime or from {@link OwnTimes}.
   */
  record Timed(int begin, int end, String type, String value, String modifier, String range) {
  }

  /**
   * The expressions in {@code sentence} (its tokens' offsets are in {@code text}), resolved against {@code docDate},
   * in order. Each of the {@link #ranges} of the sentence is read by {@link OwnTimes} when {@code own} is set and
   * it accounts for every cue there, else by SUTime, each range as a sentence of its own (the whole sentence when
   * that is the one range). Where two ranges overlap (the windows of a long span), both are SUTime's and an
   * expression is taken from the range in which it starts before the overlap, so one that crosses a range's end is
   * read whole from that range, and a piece of it seen again by the next range is dropped.
   */
  static List<Timed> times(SutimePool.Lease sutime, CoreMap sentence, String text, String docDate,
                           SUTime.TimeIndex index, int window, int reach, boolean own) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> words = labels.stream().map(CoreLabel::word).toList();
    List<int[]> rs = ranges(words, window, reach);
    List<String> tags = own ? labels.stream().map(CoreLabel::tag).toList() : null;
    List<String> ner = own ? labels.stream().map(CoreLabel::ner).toList() : null;
    List<Timed> out = new ArrayList<>();
    int keptEnd = -1; // character end of the last expression kept
    for (int r = 0; r < rs.size(); r++) {
      int start = rs.get(r)[0];
      int end = rs.get(r)[1];
      int nextStart = r + 1 < rs.size() ? rs.get(r + 1)[0] : end;
      boolean alone = nextStart >= end && (r == 0 || rs.get(r - 1)[1] <= start);
      if (own && alone) {
        var found = OwnTimes.read(words, tags, ner, start, end, docDate);
        if (found.isPresent()) {
          for (OwnTimes.Found f : found.get()) {
            out.add(new Timed(labels.get(f.start()).beginPosition(), labels.get(f.end() - 1).endPosition(),
                f.type(), f.value(), f.modifier(), f.range()));
          }
          continue;
        }
      }
      boolean whole = start == 0 && end == labels.size();
      int keepBefore = nextStart < end ? labels.get(nextStart).beginPosition() : Integer.MAX_VALUE;
      CoreMap part = whole ? sentence : sub(sentence, labels, start, end, text);
      for (CoreMap m : sutime.get().sentence(part, docDate, index)) {
        Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
        if (b == null || e == null || t == null || !whole && (b >= keepBefore || b < keptEnd)) {
          continue; // read from the next range, or a piece of an expression already taken
        }
        out.add(new Timed(b, e, t.timexType(), t.value() != null ? t.value() : t.altVal(), modifier(m), range(t)));
        keptEnd = e;
      }
    }
    return out;
  }

  /** TIMEX3's mod (START, END, MID, APPROX, ...) of a time expression, or null. */
  static String modifier(CoreMap tx) {
    edu.stanford.nlp.time.TimeExpression te = tx.get(edu.stanford.nlp.time.TimeExpression.Annotation.class);
    try {
      String mod = te == null || te.getTemporal() == null ? null : te.getTemporal().getMod();
      return mod == null || mod.isEmpty() ? null : mod;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** "(begin,end,duration)" where SUTime gives the expression a range, else null. */
  static String range(Timex t) {
    Timex.Range r = t.range();
    return r == null ? null : "(" + r.begin + "," + r.end + "," + r.duration + ")";
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
