package org.sitrep.places;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
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
      out.add(new PlacesStage(loadInBackground(), context.flag("places.keep_unresolved", false)));
    }
    if (!context.disabled().contains(EventLocationStage.NAME)) {
      out.add(new EventLocationStage());
    }
    return List.copyOf(out);
  }

  /**
   * The shipped gazetteer (5-6 s of CPU to read), loading on a thread of its own from now on, so that it
   * loads beside CoreNLP's models while the pipeline prepares them; the stage waits for it in its own
   * {@code prepare}, where a failure to read it surfaces with its own message.
   */
  private static Supplier<Gazetteer> loadInBackground() {
    FutureTask<Gazetteer> load = new FutureTask<>(Gazetteer::shared);
    Thread t = new Thread(load, "sitrep-gazetteer-load");
    t.setDaemon(true);
    t.start();
    return () -> {
      try {
        return load.get();
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException r) {
          throw r;
        }
        if (c instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException("loading the gazetteer failed: " + c, c);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading the gazetteer", e);
      }
    };
  }

  @Override
  public java.util.Map<String, String> options() {
    return java.util.Map.of("places.keep_unresolved", "true or false, default false");
  }
}
