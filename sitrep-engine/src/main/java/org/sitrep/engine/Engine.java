package org.sitrep.engine;

import java.util.Set;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Titled;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.LanguageGuesser;
import org.sitrep.core.model.ArticleError;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.ErrorCodes;
import org.sitrep.core.pipeline.ArticleAssembler;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.StageFailure;

/**
 * sitrep's analysis of one article, the same in the CLI, the server and a Spark executor: check the
 * language, run the standard pipeline (every stage module on the class path), assemble the record.
 * Thread-safe; build one per process (models load in the stages' constructors).
 */
public final class Engine {
  private final Pipeline pipeline;
  private final EngineOptions options;
  private final org.sitrep.core.pipeline.StageTimings timings;

  public Engine(Pipeline pipeline, EngineOptions options) {
    this(pipeline, options, null);
  }

  private Engine(Pipeline pipeline, EngineOptions options, org.sitrep.core.pipeline.StageTimings timings) {
    this.pipeline = pipeline;
    this.options = options;
    this.timings = timings;
  }

  /** The same engine, adding each stage's time to {@code t} (for benchmarks). */
  public Engine timed(org.sitrep.core.pipeline.StageTimings t) {
    return new Engine(pipeline, options, t);
  }

  /** The standard pipeline, discovered from the class path and checked. */
  public static Engine create(EngineOptions options) {
    return new Engine(Pipeline.discover(options.stages(), Set.of()), options);
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public EngineOptions options() {
    return options;
  }

  /** The record for a read item: an error record where reading failed, else the analysed article. */
  public ArticleRecord analyze(InputItem item) {
    if (!item.ok()) {
      return ArticleRecord.error(item.docId(), null, item.error());
    }
    return analyze(item.article());
  }

  /** Analyses one article; never throws for a bad article: failures become an error record naming the cause. */
  public ArticleRecord analyze(Article article) {
    String lang = article.language() != null ? article.language().toLowerCase(java.util.Locale.ROOT)
        : LanguageGuesser.guess(article.text());
    if (options.englishOnly() && !lang.equals("en") && !lang.startsWith("en-") && !lang.equals("und")) {
      return ArticleRecord.error(article.docId(), article.source(), new ArticleError(ErrorCodes.NOT_ENGLISH,
          article.origin() + " (id " + article.docId() + ") looks like language '" + lang
              + "'; sitrep analyses English articles only"));
    }
    Article a = article.language() == null ? new Article(article.docId(), article.text(), article.source(),
        article.url(), article.title(), article.published(), "en", article.origin()) : article;
    try {
      Document d = pipeline.apply(Titled.document(a), timings);
      return ArticleAssembler.assemble(d, options.includeText());
    } catch (StageFailure f) {
      return ArticleRecord.error(article.docId(), article.source(), new ArticleError(ErrorCodes.STAGE_FAILED,
          article.origin() + " (id " + article.docId() + "): " + f.getMessage()
              + "; please report this with the article"));
    } catch (OutOfMemoryError e) {
      return ArticleRecord.error(article.docId(), article.source(), new ArticleError(ErrorCodes.STAGE_FAILED,
          article.origin() + " (id " + article.docId() + "): out of memory; give java more heap (JAVA_OPTS=-Xmx4g)"));
    }
  }
}
