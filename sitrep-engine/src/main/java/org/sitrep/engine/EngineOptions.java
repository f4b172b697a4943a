package org.sitrep.engine;

import org.sitrep.core.pipeline.StageContext;

/**
 * How to build an {@link Engine}: stage options and disabled stages, whether article records carry the
 * article's text (the story linker and the store read it), and whether non-English articles are
 * refused with an error record (sitrep analyses English).
 */
public record EngineOptions(StageContext stages, boolean includeText, boolean englishOnly) {
  public static EngineOptions defaults() {
    return new EngineOptions(StageContext.defaults(), true, true);
  }

  public EngineOptions withStages(StageContext ctx) {
    return new EngineOptions(ctx, includeText, englishOnly);
  }

  public EngineOptions withIncludeText(boolean include) {
    return new EngineOptions(stages, include, englishOnly);
  }
}
