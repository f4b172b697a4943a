package org.sitrep.claims.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.model.Published;
import org.sitrep.core.model.TimeRecord;

/**
 * {@code claims.times}: the article's time expressions as TIMEX3 records, starting from SUTime's and
 * correcting it on news text (see {@link TimeNormalizer}), and the publication date, inferred from the
 * text where the input has none ({@link PublishedDate}). Relative expressions of an undated article are
 * resolved against the inferred date; an unknown year is written {@code XXXX}.
 */
public final class TimeStage implements org.sitrep.core.pipeline.Stage {
  @Override
  public String name() {
    return "claims.times";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.TIMEX);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.TIMES, Layers.PUBLISHED);
  }

  @Override
  public Document apply(Document doc) {
    List<TimeExpression> timex = doc.list(Layers.TIMEX);
    DocIndex ix = new DocIndex(doc);
    Published pub = PublishedDate.of(doc.article(), timex, ix);
    RefDate ref = RefDate.parse(pub.value());
    boolean nlpHadDate = !pub.inferred() && pub.value() != null;
    List<TimeExpression> all = new ArrayList<>(timex);
    all.addAll(TimeNormalizer.extra(ix, timex.stream().map(TimeExpression::span).toList()));
    all.sort(Comparator.comparing(TimeExpression::span));
    List<TimeRecord> out = new ArrayList<>(all.size());
    for (TimeExpression t : all) {
      TimeRecord r = TimeNormalizer.normalize(ix, t, ref, nlpHadDate);
      if (r == null) {
        continue;
      }
      TimeRecord last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && mergesWith(ix, last, r)) {
        // "12:00 UTC Monday": one clock time on that day
        out.set(out.size() - 1, new TimeRecord(ix.text().substring(last.start(), r.end()), last.start(), r.end(),
            last.type(), last.value(), last.mod(), last.period()));
        continue;
      }
      if (last != null && new CharSpan(last.start(), last.end()).overlaps(new CharSpan(r.start(), r.end()))) {
        continue;
      }
      out.add(r);
    }
    return doc.with(Layers.TIMES, List.copyOf(out)).with(Layers.PUBLISHED, pub);
  }

  private static boolean mergesWith(DocIndex ix, TimeRecord time, TimeRecord day) {
    if (!"TIME".equals(time.type()) || day.start() - time.end() > 1 || day.start() < time.end()) {
      return false;
    }
    String w = day.text().toLowerCase(java.util.Locale.ROOT);
    return w.matches("(mon|tues|wednes|thurs|fri|satur|sun)day") && time.value() != null && day.value() != null
        && (time.value().startsWith(day.value()) || "TIME".equals(day.type()));
  }
}
