package org.sitrep.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.Disagreement;
import org.sitrep.core.model.StoryEvent;

/** What the article and story queries return, as typed rows. */
public final class ArticleResults {
  private ArticleResults() {
  }

  /** An article in a list (without text). */
  public record ArticleRow(String docId, String source, String title, String url, String published, Integer nEvents,
                           Integer nQuotes, Integer nCounts) {
  }

  /** A stored article: its record with text, content hash, ingest time and the pipeline version that analysed it. */
  public record StoredArticle(@JsonUnwrapped ArticleRecord article, String contentHash, String ingestedAt,
                              String pipelineVersion) {
  }

  /** A story in a list, with its storyline and the earlier story it follows (null: none). */
  /**
   * A stored article's identity without its record: its sequence number (a revised article is stored again under a
   * new one), doc id, content hash and publication day ({@code yyyy-mm-dd}, null when undated).
   */
  public record ArticleStamp(long seq, String docId, String contentHash, String publishedDay) {
  }

  public record StoryRow(String storyId, String title, Integer nArticles, Integer nEvents, Integer nDisagreements,
                         String firstDay, String lastDay, String storyline, String follows) {
  }

  /**
   * A story with its storyline, its sources side by side, its merged events, its disagreements and agreements
   * (story-wide, then each event's), the related stories and how many sources are independent.
   */
  public record Story(String storyId, String title, Integer nArticles, Integer nEvents, Integer nDisagreements,
                      String firstDay, String lastDay, String storyline, String follows, List<Source> sources,
                      List<StoryEvent> events, List<DisagreementRow> disagreements, List<Agreement> agreements,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> related,
                      Integer independentSourceCount) {
  }

  /** One article of a story: outlet, date, title, its figures, its events and who it quotes saying what. */
  public record Source(String docId, String source, String title, String url, String published, Integer nEvents,
                       Integer nQuotes, List<SourceCount> counts, List<SourceEvent> events, List<SourceQuote> quotes) {
  }

  /** A quote an article of a story carries. */
  public record SourceQuote(String quoteId, String text, String speaker, String speakerText, String speakerCountry,
                            String cue, String kind) {
  }

  /** A figure an article of a story reports. */
  public record SourceCount(String countId, String kind, Long value, Long low, Long high, String qualifier, String text,
                            String whoText, String speaker, String eventId, String date) {
  }

  /** An event an article of a story reports, flat. */
  public record SourceEvent(String eventId, String event, String date, String placeName, Long dead, Long injured,
                            Long displaced, String actorNames, String recipientNames, String sentence) {
  }

  /** Where a story's sources differ (story-wide when {@code storyEventId} is null). */
  public record DisagreementRow(String storyEventId, String field, String kind, String note,
                                List<Disagreement.Value> values) {
  }

  /** What a story's sources agree on; {@code storyEventId} names the event, absent for the story as a whole. */
  public record Agreement(@JsonUnwrapped Disagreement agreement,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String storyEventId) {
  }
}
