package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.pipeline.StageContext;
import org.sitrep.core.pipeline.StageProvider;

/** Plugs {@code events.actors} and {@code events.plover} into the standard pipeline. */
public final class EventsStageProvider implements StageProvider {
  @Override
  public List<Stage> stages(StageContext context) {
    List<Stage> out = new ArrayList<>();
    if (!context.disabled().contains("events.actors")) {
      out.add(new ActorStage());
    }
    if (!context.disabled().contains("events.plover")) {
      out.add(new EventStage());
    }
    return List.copyOf(out);
  }
}
