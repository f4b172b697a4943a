package org.sitrep.core.pipeline;

import java.util.List;

/**
 * How a module plugs its stages into the standard pipeline: list the implementation in
 * {@code META-INF/services/org.sitrep.core.pipeline.StageProvider}. {@link Pipeline#discover} orders the
 * stages of every provider on the class path by what they require, use and produce.
 */
public interface StageProvider {
  List<Stage> stages(StageContext context);
}
