package org.sitrep.core.io;

import org.sitrep.core.doc.Article;
import org.sitrep.core.model.ArticleError;

/**
 * What a reader yields for each article it finds: the article, or the error that kept it from being
 * read. {@code docId} and {@code origin} are set either way, so an error record can name its input.
 */
public record InputItem(String docId, String origin, Article article, ArticleError error) {
  public InputItem {
    if ((article == null) == (error == null)) {
      throw new IllegalArgumentException("an input item holds exactly one of an article and an error (" + origin + ")");
    }
  }

  public static InputItem of(Article article) {
    return new InputItem(article.docId(), article.origin(), article, null);
  }

  public static InputItem error(String docId, String origin, String code, String message) {
    return new InputItem(docId, origin, null, new ArticleError(code, message));
  }

  public boolean ok() {
    return article != null;
  }
}
