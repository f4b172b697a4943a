package org.sitrep.events;

import static org.sitrep.events.CoderWords.TRIAL_NOUNS;

import java.util.List;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.TimeExpression;

/**
 * The day of the charge a trial tries (branch evdate10): "A trial opened in Paris Monday over the bombing ... Two
 * soldiers stand accused of the bombing" ({@link EventCoder} asks, before the sentence before's day).
 */
final class TrialDating extends CoderPart {
  private final EventDating dating;
  private final List<Sentence> sentences;

  TrialDating(CoderContext c, EventDating dating) {
    super(c);
    this.dating = dating;
    this.sentences = c.doc.list(Layers.SENTENCES);
  }

  /**
   * An accusation told in the present tense ("stand accused of", "are charged with", "is accused of": the standing
   * charge, not an accusation made on some day) after the article names a trial (`trial_nouns`) is the charge that
   * trial tries: where the latest trial named before it carries a full day, on the trial noun or on the verb it is
   * the subject or object of ("A trial opened in Paris Monday"), the accusation takes that day, basis
   * {@code same_event} (the trial's opening is the legal accusation's telling). An accusation in the past tense
   * ("were accused in 2019") was made on its own day, and a trial with no day ("this trial") dates nothing.
   */
  EventDating.Dated ofTrial(Trigger t) {
    if (!t.entry.category().equals("ACCUSE") || !presentTense(t.head)) {
      return null;
    }
    for (int i = t.head - 1; i >= 0; i--) {
      if (tokens.get(i).isNoun() && TRIAL_NOUNS.contains(parse.lemma(i))) {
        return day(i);
      }
    }
    return null;
  }

  /** The trial's day: on the noun, or on the verb it is the subject or object of; null where none is a full day. */
  private EventDating.Dated day(int trial) {
    List<TimeExpression> inSentence = EventDating.dates(sentences.get(tokens.get(trial).sentence()), ctx.timeline);
    TimeExpression x = dating.attached(inSentence, trial);
    int verb = parse.head(trial);
    String rel = parse.headRel(trial);
    if (x == null && verb >= 0 && tokens.get(verb).isVerb() && (rel.startsWith("nsubj") || rel.equals("obj"))) {
      x = dating.attached(inSentence, verb);
    }
    if (x == null || x.value() == null) {
      return null;
    }
    java.util.regex.Matcher m = EventDating.DATE_VALUE.matcher(x.value());
    return m.find() && m.group(3) != null ? new EventDating.Dated(x, "same_event") : null;
  }

  /**
   * Whether the accusation is told in the present: the trigger in the present tense, or its auxiliary, or the verb
   * it completes ("stand accused", "remain charged").
   */
  private boolean presentTense(int h) {
    if (present(h)) {
      return true;
    }
    for (int a : parse.children(h, "aux")) {
      if (present(a)) {
        return true;
      }
    }
    for (int a : parse.children(h, "aux:pass")) {
      if (present(a)) {
        return true;
      }
    }
    return parse.headRel(h).equals("xcomp") && parse.head(h) >= 0 && present(parse.head(h));
  }

  private boolean present(int k) {
    String pos = tokens.get(k).pos();
    return "VBP".equals(pos) || "VBZ".equals(pos);
  }
}
