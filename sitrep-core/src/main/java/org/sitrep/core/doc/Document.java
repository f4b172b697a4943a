package org.sitrep.core.doc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An article and the layers of annotation stages have added to it. Immutable: {@link #with} returns a
 * new document sharing the old layers, so one document can be read by many threads and a stage never
 * changes what an earlier stage wrote.
 */
public final class Document {
  private final Article article;
  private final Map<Layer<?>, Object> layers;

  private Document(Article article, Map<Layer<?>, Object> layers) {
    this.article = article;
    this.layers = layers;
  }

  public static Document of(Article article) {
    if (article == null) {
      throw new IllegalArgumentException("a document needs an article");
    }
    return new Document(article, Map.of());
  }

  public Article article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  public String docId() {
    return article.docId();
  }

  /** The layer's value; fails naming the layer and the layers present when it is absent. */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Object v = layers.get(layer);
    if (v == null) {
      throw new IllegalStateException("document " + article.docId() + " has no layer '" + layer.name()
          + "' (present: " + layers.keySet() + "); add the stage that produces it to the pipeline");
    }
    return (T) v;
  }

  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Layer<T> layer) {
    return Optional.ofNullable((T) layers.get(layer));
  }

  /** The layer's value, or {@code fallback} where no stage produced it. */
  public <T> T getOr(Layer<T> layer, T fallback) {
    return find(layer).orElse(fallback);
  }

  /** A list layer, or the empty list where no stage produced it. */
  public <E> List<E> list(Layer<List<E>> layer) {
    return find(layer).orElse(List.of());
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  public Set<Layer<?>> layers() {
    return Collections.unmodifiableSet(layers.keySet());
  }

  /** A new document with the layer set (replaced if present). Lists should be immutable (List.copyOf). */
  public <T> Document with(Layer<T> layer, T value) {
    if (value == null) {
      throw new IllegalArgumentException("layer '" + layer.name() + "' of document " + article.docId()
          + " cannot be set to null; leave it out or give an empty value");
    }
    Map<Layer<?>, Object> copy = new LinkedHashMap<>(layers);
    copy.put(layer, value);
    return new Document(article, Collections.unmodifiableMap(copy));
  }
}
