package org.sitrep.watch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.doc.Article;
import org.sitrep.core.model.ArticleError;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.StoryLinker;
import org.sitrep.store.ContentHash;
import org.sitrep.store.PutResult;
import org.sitrep.store.SitrepStore;

/**
 * The desk's only contact with {@link SitrepStore} (an adapter, so that a change of the store's API touches this
 * file only): content hashes, storing a batch in one transaction, noting errors, reading the stored articles back
 * on start, and the store's stories for the dashboard (read, updated, or relinked whole).
 */
public final class StoreGateway {
  private final SitrepStore store;
  private final String pipelineVersion;

  /** A gateway whose stored articles carry no pipeline version (tests with a fake analyser). */
  public StoreGateway(SitrepStore store) {
    this(store, null);
  }

  /**
   * A gateway that records with each stored article the version of the pipeline that analysed it, so that a later
   * {@code sitrep ingest} or {@code serve} sees it as current rather than stale.
   */
  public StoreGateway(SitrepStore store, String pipelineVersion) {
    this.store = store;
    this.pipelineVersion = pipelineVersion;
  }

  public Path folder() {
    return store.folder();
  }

  /** The identity of an article's content (what the store dedupes on). */
  public String hash(Article a) {
    return ContentHash.of(a);
  }

  public String hash(ArticleRecord r) {
    return ContentHash.of(r);
  }

  public boolean has(String contentHash) {
    return store.hasContent(contentHash);
  }

  /** An analysed article and its content hash. */
  public record Analysed(ArticleRecord record, String hash) {
  }

  /** Stores the records in one transaction; true for each that was added or revised (not already there). */
  public List<Boolean> put(List<Analysed> batch) {
    List<SitrepStore.Item> items = new ArrayList<>();
    batch.forEach(b -> items.add(new SitrepStore.Item(b.record(), b.hash(), false, pipelineVersion)));
    List<Boolean> out = new ArrayList<>();
    if (items.isEmpty()) {
      return out;
    }
    for (PutResult r : store.putAll(items)) {
      out.add(r != PutResult.UNCHANGED);
    }
    return out;
  }

  /** Makes what was stored searchable (commits the full-text index): once per pass. */
  public void flush() {
    store.flush();
  }

  public void error(String docId, String origin, ArticleError error) {
    store.recordError(docId, origin, error);
  }

  /** Every stored article (with its text), in the order stored. */
  public List<ArticleRecord> all() {
    List<ArticleRecord> out = new ArrayList<>();
    store.forEachArticle(out::add);
    return out;
  }

  /** Doc id to content hash of every stored article (no text read). */
  public java.util.Map<String, String> contentHashes() {
    return store.contentHashes();
  }

  /** The stored articles of these doc ids (record with text, content hash), those the store holds. */
  public List<org.sitrep.store.ArticleResults.StoredArticle> stored(java.util.Collection<String> docIds) {
    return store.storedArticles(docIds);
  }

  /** Streams every stored article (with its text) in the order stored; none are held. */
  public void forEachArticle(java.util.function.Consumer<ArticleRecord> sink) {
    store.forEachArticle(sink);
  }

  /** The articles stored after sequence number {@code seq} (new, or revised since), without their records. */
  public List<org.sitrep.store.ArticleResults.ArticleStamp> since(long seq) {
    return store.articlesSince(seq);
  }

  /** The highest article sequence number stored (0 for an empty store). */
  public long maxSeq() {
    return store.maxSeq();
  }

  /** Every stored story record with the MD5 of its stored form, one at a time. */
  public void forEachStory(java.util.function.BiConsumer<StoryRecord, String> sink) {
    store.forEachStory(sink);
  }

  /** The stored records of these story ids. */
  public List<StoryRecord> storyRecords(java.util.Collection<String> storyIds) {
    return store.storyRecords(storyIds);
  }

  /** The stories whose days overlap {@code fromDay}..{@code toDay} (null: none by day) or that list one of the docs. */
  public List<String> storyIdsNear(String fromDay, String toDay, java.util.Collection<String> docIds) {
    return store.storyIdsNear(fromDay, toDay, docIds);
  }

  /** The store's story holding this event mention (an alert's incident key), or null. */
  public String storyHolding(String mention) {
    List<org.sitrep.store.ArticleResults.StoryRow> rows = store.storiesWith(mention, null);
    return rows.isEmpty() ? null : rows.get(0).storyId();
  }

  /** Story id to the MD5 of its stored record. */
  public java.util.Map<String, String> storyDigests() {
    return store.storyDigests();
  }

  /** Deletes these stories and inserts those, in one transaction. */
  public void updateStories(java.util.Collection<String> remove, List<StoryRecord> add) {
    store.updateStories(remove, add);
  }

  /** Links the whole store into stories and replaces the stored ones (what {@code sitrep ingest} does at its end). */
  public int relinkStories() {
    List<ArticleRecord> all = all();
    if (all.isEmpty()) {
      return 0;
    }
    List<StoryRecord> stories = StoryLinker.create(LinkSettings.defaults()).link(all).stories();
    store.replaceStories(stories);
    return stories.size();
  }
}
