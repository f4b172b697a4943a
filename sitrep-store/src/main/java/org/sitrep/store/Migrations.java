package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema as numbered migrations. A store records the versions applied in {@code schema_version};
 * opening a store applies the missing ones in order, each in its own transaction. Never edit a released
 * migration: add the next one.
 */
final class Migrations {
  /** One step of the schema: its version, what it does, and its statements. */
  record Migration(int version, String description, List<String> sql) {
  }

  static final List<Migration> ALL = List.of(
      new Migration(1, "articles, events, actors, quotes, counts, places, stories, story events, disagreements", List.of(
          """
          CREATE TABLE articles (
            seq BIGINT PRIMARY KEY, doc_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL UNIQUE,
            source VARCHAR, url VARCHAR, title VARCHAR, published VARCHAR, published_day DATE,
            published_inferred BOOLEAN, language VARCHAR, text VARCHAR, record VARCHAR NOT NULL,
            n_events INTEGER, n_quotes INTEGER, n_counts INTEGER, ingested_at TIMESTAMP NOT NULL)""",
          """
          CREATE TABLE events (
            event_id VARCHAR NOT NULL, article_seq BIGINT NOT NULL, doc_id VARCHAR NOT NULL, source VARCHAR,
            sort_key VARCHAR NOT NULL, day DATE, day_basis VARCHAR, date VARCHAR, date_text VARCHAR,
            event VARCHAR, mode VARCHAR, context VARCHAR, cameo VARCHAR, quad_code INTEGER, intensity DOUBLE,
            status VARCHAR, actor_names VARCHAR, actor_countries VARCHAR, actor_sectors VARCHAR,
            recipient_names VARCHAR, recipient_countries VARCHAR, recipient_sectors VARCHAR,
            place_name VARCHAR, geonameid BIGINT, feature_code VARCHAR, country_code VARCHAR, admin1 VARCHAR,
            lat DOUBLE, lon DOUBLE, dead BIGINT, injured BIGINT, arrested BIGINT, displaced BIGINT,
            speaker VARCHAR, sentence VARCHAR, evidence_start INTEGER, evidence_end INTEGER, url VARCHAR,
            record VARCHAR NOT NULL)""",
          """
          CREATE TABLE event_actors (
            event_id VARCHAR NOT NULL, article_seq BIGINT NOT NULL, role VARCHAR NOT NULL, ord INTEGER NOT NULL,
            text VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, actor_id VARCHAR)""",
          """
          CREATE TABLE quotes (
            quote_id VARCHAR NOT NULL, article_seq BIGINT NOT NULL, doc_id VARCHAR NOT NULL, source VARCHAR,
            day DATE, text VARCHAR, start_offset INTEGER, end_offset INTEGER, kind VARCHAR, speaker VARCHAR,
            speaker_text VARCHAR, speaker_country VARCHAR, speaker_sector VARCHAR, cue VARCHAR)""",
          """
          CREATE TABLE counts (
            count_id VARCHAR NOT NULL, article_seq BIGINT NOT NULL, doc_id VARCHAR NOT NULL, source VARCHAR,
            day DATE, kind VARCHAR, value BIGINT, low BIGINT, high BIGINT, qualifier VARCHAR, number_text VARCHAR,
            who_text VARCHAR, who_country VARCHAR, who_sector VARCHAR, date VARCHAR, period_start VARCHAR,
            period_end VARCHAR, speaker VARCHAR, cue VARCHAR, event_id VARCHAR, sentence VARCHAR, record VARCHAR)""",
          """
          CREATE TABLE places (
            article_seq BIGINT NOT NULL, doc_id VARCHAR NOT NULL, ord INTEGER, text VARCHAR, start_offset INTEGER,
            end_offset INTEGER, name VARCHAR, geonameid BIGINT, feature_code VARCHAR, country_code VARCHAR,
            admin1 VARCHAR, lat DOUBLE, lon DOUBLE, metonym BOOLEAN)""",
          """
          CREATE TABLE ingest_errors (
            doc_id VARCHAR NOT NULL, origin VARCHAR, code VARCHAR, message VARCHAR, noted_at TIMESTAMP NOT NULL)""",
          """
          CREATE TABLE stories (
            story_id VARCHAR NOT NULL, title VARCHAR, n_articles INTEGER, n_events INTEGER,
            n_disagreements INTEGER, first_day DATE, last_day DATE, record VARCHAR NOT NULL)""",
          "CREATE TABLE story_articles (story_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, ord INTEGER)",
          """
          CREATE TABLE story_events (
            story_event_id VARCHAR NOT NULL, story_id VARCHAR NOT NULL, event VARCHAR, date VARCHAR,
            place_name VARCHAR, lat DOUBLE, lon DOUBLE, n_mentions INTEGER, n_sources INTEGER,
            n_disagreements INTEGER, record VARCHAR NOT NULL)""",
          "CREATE TABLE story_event_mentions (story_event_id VARCHAR NOT NULL, story_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL)",
          """
          CREATE TABLE disagreements (
            story_id VARCHAR NOT NULL, story_event_id VARCHAR, ord INTEGER, field VARCHAR, kind VARCHAR,
            note VARCHAR, value_list VARCHAR)""")),
      new Migration(2, "articles record the pipeline version (code and data) that analysed them", List.of(
          "ALTER TABLE articles ADD COLUMN pipeline_version VARCHAR")));

  private Migrations() {
  }

  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR,"
          + " applied_at TIMESTAMP)");
      try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Applies every migration newer than the store's version; fails naming a store newer than this sitrep. */
  static int migrate(Connection c) throws SQLException {
    int have = current(c);
    int newest = ALL.get(ALL.size() - 1).version();
    if (have > newest) {
      throw new IllegalStateException("the store has schema version " + have + " but this sitrep knows only up to "
          + newest + "; use a newer sitrep or a new --data folder");
    }
    for (Migration m : ALL) {
      if (m.version() <= have) {
        continue;
      }
      Connections.inTransaction(c, tx -> { // each migration whole, with its version row, or not at all
        try (Statement s = tx.createStatement()) {
          for (String sql : m.sql()) {
            s.execute(sql);
          }
        }
        try (PreparedStatement p = tx.prepareStatement(
            "INSERT INTO schema_version VALUES (?, ?, current_timestamp)")) {
          p.setInt(1, m.version());
          p.setString(2, m.description());
          p.executeUpdate();
        }
        return null;
      });
    }
    return newest;
  }
}
