package org.sitrep.core.pipeline;

import java.util.List;
import java.util.Set;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;

/**
 * One step of analysis: reads layers of a {@link Document} and returns a document with the layers it
 * produces added. Stages are stateless after construction and thread-safe: one instance serves every
 * thread of the CLI, the server and a Spark executor. Heavy resources (models, gazetteers) are loaded
 * in the constructor or a shared holder, never per document.
 */
public interface Stage {
  /** A short, stable name such as {@code "nlp.corenlp"} or {@code "events.plover"}. */
  String name();

  /** Layers that must be present before this stage runs; the pipeline builder checks them. */
  Set<Layer<?>> requires();

  /** Layers this stage adds. */
  Set<Layer<?>> produces();

  /** Layers this stage reads when present but can do without (they order stages but are not required). */
  default Set<Layer<?>> uses() {
    return Set.of();
  }

  Document apply(Document doc);

  /**
   * Starts loading, on a thread of its own, what {@link #prepare} will need, so that the stages' loads overlap
   * (the gazetteer beside CoreNLP's models). The standard pipeline calls it on every stage it keeps, before
   * preparing any; a stage that is built but disabled, or only checked, never loads. Default: nothing.
   */
  default void startLoading() {
  }

  /**
   * Loads what the stage needs before its first document (large models). {@link Pipeline#discover} builds
   * every stage first, so options and names are checked before anything slow loads, then prepares them.
   */
  default void prepare() {
  }

  /** Many documents at once; override where batching pays (a model that batches). */
  default List<Document> applyAll(List<Document> docs) {
    return docs.stream().map(this::apply).toList();
  }
}
