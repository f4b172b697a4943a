package org.sitrep.watch;

import org.sitrep.core.doc.Article;
import org.sitrep.core.model.ArticleRecord;

/**
 * Turns an article into its record: the engine in production ({@code Engine::analyze}, or the CLI's lazily built
 * engine), a fake in tests. Must be thread-safe; may throw for an article it cannot analyse (noted, the desk goes on).
 */
@FunctionalInterface
public interface ArticleAnalyzer {
  ArticleRecord analyze(Article article);
}
