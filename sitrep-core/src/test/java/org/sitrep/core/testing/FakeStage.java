package org.sitrep.core.testing;

import java.util.Set;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.pipeline.Stage;

/** A stage for tests: declares what it is told to, and sets each produced layer to its own name. */
public class FakeStage implements Stage {
  private final String name;
  private final Set<Layer<?>> requires;
  private final Set<Layer<?>> produces;
  private final Set<Layer<?>> uses;

  public FakeStage(String name, Set<Layer<?>> requires, Set<Layer<?>> produces, Set<Layer<?>> uses) {
    this.name = name;
    this.requires = requires;
    this.produces = produces;
    this.uses = uses;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<Layer<?>> requires() {
    return requires;
  }

  @Override
  public Set<Layer<?>> produces() {
    return produces;
  }

  @Override
  public Set<Layer<?>> uses() {
    return uses;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Document apply(Document doc) {
    Document d = doc;
    for (Layer<?> l : produces) {
      for (Layer<?> r : requires) {
        doc.get(r);
      }
      d = d.with((Layer<Object>) l, name);
    }
    return d;
  }
}
