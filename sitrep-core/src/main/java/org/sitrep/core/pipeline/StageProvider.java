package org.sitrep.core.pipeline;

import java.util.List;
import java.util.Map;

/**
 * How a module plugs its stages into the standard pipeline: list the implementation in
 * {@code META-INF/services/org.sitrep.core.pipeline.StageProvider}. {@link Pipeline#discover} orders the
 * stages of every provider on the class path by what they require, use and produce.
 */
public interface StageProvider {
  List<Stage> stages(StageContext context);

  /**
   * The {@code --set} options this provider's stages read, each with what it takes (e.g. {@code "true or
   * false, default false"}). A key that no provider lists is refused before any model loads.
   */
  default Map<String, String> options() {
    return Map.of();
  }
}
