package org.sitrep.events;

import static org.sitrep.events.CoderWords.DOCUMENT_NOUNS;
import static org.sitrep.events.CoderWords.SPEECH;
import static org.sitrep.events.CoderWords.VERBAL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.TimeExpression;

/**
 * The day of a statement the article quotes more than once (branch evdate10): "X alleged in a statement that ..."
 * with no day, and elsewhere "X said Sunday ..." ({@link EventCoder} asks, before the sentence before's day).
 */
final class StatementDating extends CoderPart {
  private final EventDating dating;
  private final List<Sentence> sentences;
  /** A named speaker (the subject's word as written) -> each day a saying of theirs is dated with -> its time. */
  private Map<String, Map<String, TimeExpression>> days;

  StatementDating(CoderContext c, EventDating dating) {
    super(c);
    this.dating = dating;
    this.sentences = c.doc.list(Layers.SENTENCES);
  }

  /**
   * A saying told as made in a document ("alleged in a statement", "wrote in a message": the oblique "in" of a
   * {@code document_nouns} noun on a verb of {@code speech}) whose speaker is named, and which has no day of its own,
   * is the statement the article quotes elsewhere: where the same named speaker's other sayings are dated with one
   * day ("Akhtar said Sunday"), it is that day, basis {@code same_statement}. The saying itself and a verbal event it
   * reports (ACCUSE, REQUEST, ...) take it; what it reports as happened does not (the statement's day is not the
   * happening's, as for {@code statement_only}). Two days for the speaker's sayings, or none, and it dates nothing.
   */
  EventDating.Dated ofSpeakersStatement(Trigger t) {
    int saying = saying(t);
    if (saying < 0) {
      return null;
    }
    int speaker = namedSubject(saying);
    if (speaker < 0 || !inDocument(saying)) {
      return null;
    }
    Map<String, TimeExpression> dated = speakersDays().getOrDefault(tokens.get(speaker).text(), Map.of());
    if (dated.size() != 1) {
      return null;
    }
    return new EventDating.Dated(dated.values().iterator().next(), "same_statement");
  }

  /** The verb of saying the trigger is or, for a verbal event, whose complement it is; -1 if none. */
  private int saying(Trigger t) {
    int cur = t.head;
    for (int depth = 0; depth < 3 && cur >= 0; depth++) {
      if (tokens.get(cur).isVerb() && SPEECH.contains(parse.lemma(cur))) {
        return cur;
      }
      String rel = parse.headRel(cur);
      if (!VERBAL.contains(t.category) || !(rel.equals("ccomp") || rel.startsWith("parataxis")
          || rel.startsWith("conj"))) {
        return -1;
      }
      cur = parse.head(cur);
    }
    return -1;
  }

  /** Whether the saying is told as made in a document: "in a statement", "in a video message". */
  private boolean inDocument(int saying) {
    return parse.children(saying, "obl:in").stream().anyMatch(k -> DOCUMENT_NOUNS.contains(parse.lemma(k)));
  }

  /** The saying's subject where it is a name ("Akhtar"), else -1. */
  private int namedSubject(int saying) {
    for (int k : parse.children(saying, "nsubj")) {
      if (tokens.get(k).isProperNoun()) {
        return k;
      }
    }
    return -1;
  }

  /** The days the article dates each named speaker's sayings with (a full day, on the verb of saying). */
  private Map<String, Map<String, TimeExpression>> speakersDays() {
    if (days != null) {
      return days;
    }
    days = new HashMap<>();
    for (int v = 0; v < tokens.size(); v++) {
      if (!tokens.get(v).isVerb() || !SPEECH.contains(parse.lemma(v))) {
        continue;
      }
      int speaker = namedSubject(v);
      if (speaker < 0) {
        continue;
      }
      List<TimeExpression> inSentence = EventDating.dates(sentences.get(tokens.get(v).sentence()), ctx.timeline);
      TimeExpression x = dating.attached(inSentence, v);
      String day = x == null ? null : fullDay(x.value());
      if (day != null) {
        days.computeIfAbsent(tokens.get(speaker).text(), k -> new TreeMap<>()).putIfAbsent(day, x);
      }
    }
    return days;
  }

  /** The YYYY-MM-DD a value starts with, or null (a month, a week or a year names no day). */
  private static String fullDay(String value) {
    java.util.regex.Matcher m = EventDating.DATE_VALUE.matcher(value);
    return m.find() && m.group(3) != null && !m.group(1).startsWith("XXXX") ? m.group(1) : null;
  }
}
