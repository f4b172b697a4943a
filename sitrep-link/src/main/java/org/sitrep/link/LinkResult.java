package org.sitrep.link;

import java.util.List;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.core.model.StorylineRecord;

/**
 * The incidents (story records), the storylines that group them, and the article records as linking leaves
 * them: in input order, with {@code published} taken from their incident where they had none
 * ({@code published_inferred} true).
 */
public record LinkResult(List<StoryRecord> stories, List<StorylineRecord> storylines, List<ArticleRecord> articles) {
  public LinkResult {
    stories = List.copyOf(stories);
    storylines = List.copyOf(storylines);
    articles = List.copyOf(articles);
  }
}
