package org.sitrep.claims;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.claims.attribution.AttributionStage;
import org.sitrep.claims.quote.QuoteStage;
import org.sitrep.claims.time.TimeStage;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.pipeline.StageContext;
import org.sitrep.core.pipeline.StageProvider;

/**
 * Plugs the claims stages into the standard pipeline: {@code claims.times}, {@code claims.attribution},
 * {@code claims.quotes}, {@code claims.counts}. Any of them can be left out by name.
 */
public final class ClaimStages implements StageProvider {
  @Override
  public List<Stage> stages(StageContext context) {
    List<Stage> all = new ArrayList<>();
    all.add(new TimeStage());
    all.add(new AttributionStage());
    all.add(new QuoteStage());
    all.add(new org.sitrep.claims.count.CountStage());
    return all.stream().filter(s -> !context.disabled().contains(s.name())).toList();
  }
}
