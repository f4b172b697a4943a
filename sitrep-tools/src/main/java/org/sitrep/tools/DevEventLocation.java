package org.sitrep.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.TextSpan;
import org.sitrep.core.pipeline.ArticleAssembler;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.places.EventLocationStage;
import org.sitrep.places.PlacesStage;

/**
 * Development driver (not a test): scores {@code places.event_location} alone on the event_location dev
 * set by giving it one hand-built event per item whose trigger is the gold verb (an oracle trigger).
 * Usage: java -cp ... org.sitrep.tools.DevEventLocation SHARED_EVAL_DIR OUT.jsonl
 */
public final class DevEventLocation {
  private DevEventLocation() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Map<String, JsonNode> gold = new HashMap<>();
    for (String l : Files.readAllLines(dir.resolve("gold.jsonl"))) {
      JsonNode g = Json.mapper().readTree(l);
      gold.put(g.get("id").asText(), g);
    }
    CoreNlpStage nlp = new CoreNlpStage(NlpSettings.defaults());
    PlacesStage places = new PlacesStage();
    EventLocationStage loc = new EventLocationStage();
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (String l : Files.readAllLines(dir.resolve("input.jsonl"))) {
        JsonNode in = Json.mapper().readTree(l);
        String id = in.get("id").asText();
        String text = in.get("text").asText();
        JsonNode verb = gold.get(id).get("verb");
        Document doc = places.apply(nlp.apply(Document.of(new Article(id, text, null, null, null, null, "en", "dev"))));
        EventRecord e = new EventRecord(id + "#e1", "ASSAULT", null, List.of(), null, null, null, List.of(), List.of(),
            null, null, null, Map.of(), "occurred", null, null,
            new TextSpan(verb.get("start").asInt(), verb.get("end").asInt(), verb.get("text").asText()));
        doc = loc.apply(doc.with(Layers.EVENTS, List.of(e)));
        w.write(Json.mapper().writeValueAsString(ArticleAssembler.assemble(doc, false)));
        w.newLine();
      }
    }
  }
}
