package org.sitrep.core.doc;

import java.util.Objects;

/**
 * A typed key for one layer of annotation on a {@link Document}: the value type travels with the key,
 * so {@code doc.get(Layers.TOKENS)} is a {@code List<Token>} without casts at the call site.
 * Layers are compared by name; define each once as a constant (see {@link Layers}).
 *
 * @param <T> the type of the layer's value
 */
public final class Layer<T> {
  private final String name;
  private final String description;

  private Layer(String name, String description) {
    if (name == null || !name.matches("[a-z][a-z0-9_.]*")) {
      throw new IllegalArgumentException("not a valid layer name: '" + name
          + "' (use lower case letters, digits, '_' and '.', such as 'events' or 'nlp.tokens')");
    }
    this.name = name;
    this.description = description;
  }

  public static <T> Layer<T> of(String name, String description) {
    return new Layer<>(name, description);
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layer<?> l && l.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
