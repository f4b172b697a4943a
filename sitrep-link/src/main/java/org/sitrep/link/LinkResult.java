package org.sitrep.link;

import java.util.List;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;

/**
 * The stories, and the article records as linking leaves them: in input order, with {@code published} taken
 * from their story where they had none ({@code published_inferred} true).
 */
public record LinkResult(List<StoryRecord> stories, List<ArticleRecord> articles) {
  public LinkResult {
    stories = List.copyOf(stories);
    articles = List.copyOf(articles);
  }
}
