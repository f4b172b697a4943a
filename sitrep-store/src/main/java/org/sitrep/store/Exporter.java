package org.sitrep.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.json.Json;

/**
 * Streams events out of the store: JSONL (the event records with their article), CSV (one flat row per event),
 * GeoJSON (a FeatureCollection of points; events without coordinates are left out), GDELT-style TSV (the
 * GDELT 2.0 event table's leading columns where sitrep has a value, then PLOVER's) and Parquet (written by
 * DuckDB to a temporary file, then streamed).
 */
final class Exporter {
  /** The flat columns of CSV and Parquet, in order. */
  static final List<String> FLAT = List.of("event_id", "doc_id", "source", "day", "day_basis", "date", "event", "mode",
      "context", "quad_code", "cameo", "intensity", "status", "actor_names", "actor_countries", "actor_sectors",
      "recipient_names", "recipient_countries", "recipient_sectors", "place_name", "geonameid", "feature_code",
      "country_code", "admin1", "lat", "lon", "dead", "injured", "arrested", "displaced", "speaker", "sentence", "url");
  /** The GDELT-style TSV columns (GDELT 2.0 names where the meaning matches; PLOVER columns after). */
  static final List<String> GDELT = List.of("GlobalEventID", "Day", "MonthYear", "Year", "Actor1Name",
      "Actor1CountryCode", "Actor1Type1Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventCode",
      "EventBaseCode", "EventRootCode", "QuadClass", "NumArticles", "ActionGeo_Type", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "SOURCEURL", "PloverEvent", "PloverMode", "PloverIntensity", "Status", "Dead", "Injured", "DocId");

  private Exporter() {
  }

  static String flatSelect() {
    List<String> cols = new ArrayList<>();
    for (String c : FLAT) {
      cols.add(switch (c) {
        case "day" -> "CAST(e.day AS VARCHAR) AS day";
        case "actor_countries", "actor_sectors", "recipient_countries", "recipient_sectors" ->
            "trim(replace(e." + c + ", '|', ' ')) AS " + c;
        default -> "e." + c;
      });
    }
    return "SELECT " + String.join(", ", cols) + " FROM events e";
  }

  static void export(Connections db, TextIndex index, EventQuery f, ExportFormat format, OutputStream out)
      throws IOException {
    Sql s = Sql.events(f, index);
    String order = " ORDER BY e.sort_key DESC";
    switch (format) {
      case JSONL -> {
        db.stream("SELECT e.doc_id, e.source, CAST(e.day AS VARCHAR), e.day_basis, e.record FROM events e" + s.where + order,
            s.params, rs -> {
              out.write(eventJson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                  rs.getString(5)).getBytes(StandardCharsets.UTF_8));
              out.write('\n');
            });
        out.flush();
      }
      case CSV -> csv(db, flatSelect() + s.where + order, s.params, FLAT, ',', true, out);
      case TSV -> {
        String sql = "SELECT e.event_id, strftime(e.day, '%Y%m%d'), strftime(e.day, '%Y%m'), year(e.day),"
            + " split_part(e.actor_names, '; ', 1), split_part(trim(e.actor_countries, '|'), '|', 1),"
            + " split_part(trim(e.actor_sectors, '|'), '|', 1), split_part(e.recipient_names, '; ', 1),"
            + " split_part(trim(e.recipient_countries, '|'), '|', 1), split_part(trim(e.recipient_sectors, '|'), '|', 1),"
            + " e.cameo, left(e.cameo, 3), left(e.cameo, 2), e.quad_code, 1,"
            + " CASE WHEN e.feature_code LIKE 'PCL%' THEN 1 WHEN e.feature_code = 'ADM1' THEN 5"
            + " WHEN e.lat IS NOT NULL THEN 4 ELSE NULL END, e.place_name, e.country_code, e.admin1, e.lat, e.lon,"
            + " e.geonameid, e.url, e.event, e.mode, e.intensity, e.status, e.dead, e.injured, e.doc_id FROM events e"
            + s.where + order;
        csv(db, sql, s.params, GDELT, '\t', true, out);
      }
      case GEOJSON -> geojson(db, s, order, out);
      case PARQUET -> parquet(db, s, order, out);
      default -> throw new IllegalArgumentException("unknown export format " + format);
    }
  }

  /**
   * The JSON of an {@link EventResults.EventRow} (doc id, source, day and its basis in front of the stored event
   * record), spliced from the stored record's text: the same bytes as serialising the row, without parsing each
   * record of a large export (SitrepStoreTest checks that the two agree).
   */
  static String eventJson(String docId, String source, String day, String basis, String record) {
    StringBuilder sb = new StringBuilder(record.length() + 120);
    sb.append("{\"doc_id\":").append(quote(docId)).append(",\"source\":").append(quote(source))
        .append(",\"day\":").append(quote(day)).append(",\"day_basis\":").append(quote(basis));
    if (record.length() > 2) {
      sb.append(',').append(record, 1, record.length());
    } else {
      sb.append('}');
    }
    return sb.toString();
  }

  private static String quote(String s) {
    return s == null ? "null" : Json.line(s);
  }

  private static void csv(Connections db, String sql, List<Object> params, List<String> header, char sep,
                          boolean withHeader, OutputStream out) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema.Builder b = CsvSchema.builder().setColumnSeparator(sep).setUseHeader(withHeader);
    for (String h : header) {
      b.addColumn(h);
    }
    CsvSchema schema = b.build();
    if (sep == '\t') {
      schema = schema.withoutQuoteChar().withEscapeChar('\\');
    }
    try (SequenceWriter w = mapper.writer(schema).writeValues(nonClosing(out))) {
      Object[] row = new Object[header.size()];
      db.stream(sql, params, rs -> {
        for (int i = 0; i < row.length; i++) {
          Object v = rs.getObject(i + 1);
          String cell = v == null ? "" : (sep == '\t' ? v.toString().replace('\t', ' ').replace('\n', ' ') : v.toString());
          row[i] = v instanceof Number ? cell : spreadsheetSafe(cell);
        }
        w.write(row);
      });
    }
    out.flush();
  }

  /**
   * A text cell a spreadsheet would not evaluate: one starting with {@code =}, {@code +}, {@code -}, {@code @},
   * tab or carriage return gets a leading apostrophe (OWASP's advice against CSV formula injection). Numbers
   * are written as they are, so negative coordinates stay numbers.
   */
  static String spreadsheetSafe(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }

  private static void geojson(Connections db, Sql s, String order, OutputStream out) throws IOException {
    Sql geo = new Sql();
    geo.where.append(s.where);
    geo.params.addAll(s.params);
    geo.and("e.lat IS NOT NULL AND e.lon IS NOT NULL");
    try (JsonGenerator g = Json.mapper().getFactory().createGenerator(nonClosing(out), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      db.stream("SELECT e.event_id, e.doc_id, e.source, CAST(e.day AS VARCHAR), e.event, e.quad_code, e.mode, e.status,"
          + " e.actor_names, e.recipient_names, e.place_name, e.country_code, e.feature_code, e.dead, e.injured, e.lon, e.lat,"
          + " e.sentence FROM events e" + geo.where + order, geo.params, rs -> {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeStringField("id", rs.getString(1));
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(rs.getDouble(16));
            g.writeNumber(rs.getDouble(17));
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            String[] names = {"event_id", "doc_id", "source", "day", "event", "quad_code", "mode", "status", "actors",
                "recipients", "place", "country_code", "feature_code", "dead", "injured"};
            for (int i = 0; i < names.length; i++) {
              Object v = rs.getObject(i + 1);
              if (v == null) {
                g.writeNullField(names[i]);
              } else if (v instanceof Number n) {
                g.writeFieldName(names[i]);
                g.writeNumber(n.longValue());
              } else {
                g.writeStringField(names[i], v.toString());
              }
            }
            g.writeStringField("sentence", rs.getString(18));
            g.writeEndObject();
            g.writeEndObject();
          });
      g.writeEndArray();
      g.writeEndObject();
    }
    out.flush();
  }

  private static void parquet(Connections db, Sql s, String order, OutputStream out) throws IOException {
    Path tmp = Files.createTempFile("sitrep-export-", ".parquet");
    try {
      Files.delete(tmp);
      // the path is ours (a temporary file), not user input; the filter's values stay parameters
      String path = tmp.toAbsolutePath().toString().replace("'", "''");
      db.execute("COPY (" + flatSelect() + s.where + order + ") TO '" + path + "' (FORMAT PARQUET, COMPRESSION ZSTD)",
          s.params);
      Files.copy(tmp, out);
      out.flush();
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
