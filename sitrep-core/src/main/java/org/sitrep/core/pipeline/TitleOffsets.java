package org.sitrep.core.pipeline;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.QuoteRecord;
import org.sitrep.core.model.TextSpan;
import org.sitrep.core.model.TimeRecord;

/**
 * Maps offsets of the analysed text (title, blank line, body: {@link org.sitrep.core.doc.Titled}) back to the
 * output's: an offset in the body loses the body's start and indexes the article's {@code text}; a span in the
 * title keeps its offsets (the title comes first) and is marked {@code in = "title"}.
 */
record TitleOffsets(int bodyStart) {
  static final String TITLE = "title";

  boolean hasTitle() {
    return bodyStart > 0;
  }

  boolean inTitle(int offset) {
    return offset < bodyStart;
  }

  private int shift(int offset) {
    return Math.max(0, offset - bodyStart);
  }

  /** The title's end: a span of the title never reaches into the separator. */
  private int clip(int end) {
    return Math.min(end, bodyStart - org.sitrep.core.doc.Titled.SEPARATOR.length());
  }

  Evidence evidence(Evidence e) {
    if (e == null || !hasTitle()) {
      return e;
    }
    return inTitle(e.start()) ? new Evidence(e.start(), clip(e.end()), e.sentence(), TITLE)
        : new Evidence(shift(e.start()), shift(e.end()), e.sentence(), e.in());
  }

  TextSpan span(TextSpan t) {
    if (t == null || !hasTitle()) {
      return t;
    }
    return inTitle(t.start()) ? new TextSpan(t.start(), clip(t.end()), t.text(), TITLE)
        : new TextSpan(shift(t.start()), shift(t.end()), t.text(), t.in());
  }

  PlaceRecord place(PlaceRecord p) {
    if (p == null || !hasTitle()) {
      return p;
    }
    return inTitle(p.start()) ? p.at(p.start(), clip(p.end()), TITLE) : p.at(shift(p.start()), shift(p.end()), p.in());
  }

  EventRecord event(EventRecord e) {
    return e.withSpans(evidence(e.evidence()), span(e.trigger()), place(e.location()),
        e.mentions().stream().map(m -> new EventMention(span(m.trigger()), evidence(m.evidence()))).toList());
  }

  CountRecord count(CountRecord c) {
    return c.withEvidence(evidence(c.evidence()));
  }

  QuoteRecord quote(QuoteRecord q) {
    return new QuoteRecord(q.text(), shift(q.start()), shift(q.end()), q.kind(), q.speaker(), q.speakerText(),
        q.speakerActor(), q.cue(), q.speakerId());
  }

  TimeRecord time(TimeRecord t) {
    return new TimeRecord(t.text(), shift(t.start()), shift(t.end()), t.type(), t.value(), t.mod(), t.period());
  }

  EntityRecord entity(EntityRecord e) {
    return new EntityRecord(e.text(), shift(e.start()), shift(e.end()), e.type(), e.name(), e.actor(), e.id());
  }

  /** A mention list of the body: the title's mentions left out (they serve the events and counts found there). */
  <T> List<T> bodyOnly(List<T> items, ToIntFunction<T> start, Function<T, T> move) {
    if (!hasTitle()) {
      return items;
    }
    return items.stream().filter(x -> !inTitle(start.applyAsInt(x))).map(move).toList();
  }
}
