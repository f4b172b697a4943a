package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The gazetteer is read at prepare, not when the stage is built, and a failure to read it surfaces there. */
class PlacesStageLoadTest {
  @Test
  void gazetteerIsReadAtPrepareOnceAndItsFailureSurfacesThere() {
    AtomicInteger calls = new AtomicInteger();
    Supplier<Gazetteer> failing = () -> {
      calls.incrementAndGet();
      throw new IllegalStateException("gazetteer missing: rebuild it");
    };
    PlacesStage stage = new PlacesStage(failing, false);
    assertEquals(0, calls.get(), "building the stage must not read the gazetteer");
    IllegalStateException e = assertThrows(IllegalStateException.class, stage::prepare);
    assertEquals("gazetteer missing: rebuild it", e.getMessage());
    assertEquals(1, calls.get());
  }

  @Test
  void aLoadedGazetteerIsReadOnlyOnce() {
    AtomicInteger calls = new AtomicInteger();
    PlacesStage stage = new PlacesStage(() -> {
      calls.incrementAndGet();
      return Gazetteer.shared();
    }, false);
    stage.prepare();
    stage.prepare();
    assertEquals(List.of(), stage.places(List.of()));
    assertEquals(1, calls.get());
  }
}
