package org.sitrep.places;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.pipeline.StageContext;
import org.sitrep.core.pipeline.StageProvider;

/**
 * Plugs {@code places.resolve} and {@code places.event_location} into the standard pipeline. Option:
 * {@code places.keep_unresolved} (default false) keeps place mentions the gazetteer cannot resolve, with
 * null coordinates.
 */
public final class PlacesStageProvider implements StageProvider {
  @Override
  public List<Stage> stages(StageContext context) {
    List<Stage> out = new ArrayList<>();
    if (!context.disabled().contains(PlacesStage.NAME)) {
      out.add(new PlacesStage(Gazetteer::shared, context.flag("places.keep_unresolved", false)));
    }
    if (!context.disabled().contains(EventLocationStage.NAME)) {
      out.add(new EventLocationStage());
    }
    return List.copyOf(out);
  }

  @Override
  public java.util.Map<String, String> options() {
    return java.util.Map.of("places.keep_unresolved", "true or false, default false");
  }
}
