package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.core.doc.Article;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineOptions;
import org.sitrep.store.Ingestor;
import org.sitrep.store.SitrepStore;

/** What ingest, serve and export share: the engine built on first use, story linking over the store, examples. */
final class StoreSupport {
  private StoreSupport() {
  }

  /** An analyser that builds the engine (loading CoreNLP's models) only when an article needs analysing. */
  static final class LazyEngine implements Ingestor.Analyzer {
    private final EngineOptions options;
    private volatile Engine engine;

    LazyEngine(EngineOptions options) {
      this.options = options;
    }

    @Override
    public ArticleRecord analyze(Article article) {
      return load().analyze(article);
    }

    /** The engine, built now if it was not yet (loading the models; one caller loads, the others wait). */
    Engine load() {
      Engine e = engine;
      if (e == null) {
        synchronized (this) {
          if (engine == null) {
            System.err.println("sitrep: loading the analysis pipeline (CoreNLP models; about 20 s) ...");
            engine = Engine.create(options);
          }
          e = engine;
        }
      }
      return e;
    }

    /** The pipeline's version (code, settings, data), known without loading the models. */
    @Override
    public String version() {
      return PipelineVersion.of(options.stages());
    }
  }

  /** Links every stored article into stories and replaces the store's stories; returns how many. */
  static int relink(SitrepStore store) {
    return new org.sitrep.watch.StoreGateway(store).relinkStories();
  }

  /** The bundled example articles: ./examples, else the examples folder of the sitrep checkout this runs from. */
  static Path examples() {
    Path here = Path.of("examples");
    if (Files.isDirectory(here)) {
      return here;
    }
    try {
      Path code = Path.of(StoreSupport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = code; p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("examples")) && Files.isRegularFile(p.resolve("sitrep"))) {
          return p.resolve("examples");
        }
      }
    } catch (java.net.URISyntaxException | SecurityException e) {
      // fall through
    }
    throw new IllegalArgumentException("no examples folder found; give the articles to ingest (files or folders)");
  }
}
