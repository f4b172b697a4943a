package org.sitrep.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.core.json.Json;
import org.sitrep.store.EventResults.EventRow;

/**
 * The API's JSON of the store's typed results: sitrep's one Jackson configuration ({@link Json}), plus a cache of
 * each event row's JSON. An event page is a hundred wide records; serialising them again for every request cost
 * 0.7 ms of CPU per {@code GET /api/events}. The store hands out the same row instance until its data changes (its
 * row cache is tied to the store's generation), so a row's JSON is kept by event id together with the instance
 * it was made from, and reused only for that very instance: a changed store makes new rows, and their JSON anew.
 */
final class ResultJson {
  /** Rows whose JSON is kept (about 1 KB each); past this the cache starts over. */
  static final int MAX_ROWS = 20_000;
  private final ConcurrentHashMap<String, Kept> rows = new ConcurrentHashMap<>();
  private final ObjectMapper mapper;

  ResultJson() {
    SimpleModule m = new SimpleModule("sitrep-server-results");
    m.addSerializer(EventRow.class, new RowSerializer());
    mapper = Json.mapper().copy().registerModule(m);
  }

  /** A result (a record, a list or page of them) as one line of JSON. */
  String write(Object result) {
    try {
      return mapper.writeValueAsString(result);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + result.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** A row's JSON and the instance it was made from. */
  private record Kept(EventRow row, String json) {
  }

  private final class RowSerializer extends StdSerializer<EventRow> {
    RowSerializer() {
      super(EventRow.class);
    }

    @Override
    public void serialize(EventRow row, JsonGenerator g, SerializerProvider p) throws IOException {
      String id = row.event() == null ? null : row.event().id();
      Kept k = id == null ? null : rows.get(id);
      String json;
      if (k != null && k.row() == row) {
        json = k.json();
      } else {
        json = Json.line(row); // the plain serialisation (Json's mapper has no such module)
        if (id != null) {
          if (rows.size() >= MAX_ROWS) {
            rows.clear();
          }
          rows.put(id, new Kept(row, json));
        }
      }
      g.writeRawValue(json);
    }
  }
}
