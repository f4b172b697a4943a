package org.sitrep.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.json.Json;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.places.EventLocationStage;
import org.sitrep.places.PlacesStage;

/**
 * Development benchmark (not a test): CPU time of the CoreNLP stage and of {@code places.resolve} +
 * {@code places.event_location} over a JSONL input. CPU time, not wall time, so a busy machine does not
 * distort the ratio. Usage: java -cp ... org.sitrep.tools.DevTimings INPUT.jsonl
 */
public final class DevTimings {
  private DevTimings() {
  }

  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    PlacesStage places = new PlacesStage();
    EventLocationStage loc = new EventLocationStage();
    long load = mx.getCurrentThreadCpuTime() - c0;
    CoreNlpStage nlp = new CoreNlpStage(NlpSettings.defaults());
    long nlpNs = 0;
    long placesNs = 0;
    int n = 0;
    for (String l : Files.readAllLines(Path.of(args[0]))) {
      JsonNode in = Json.mapper().readTree(l);
      Document doc = Document.of(new Article(in.get("id").asText(), in.get("text").asText(), null, null, null, null,
          "en", "bench"));
      long t0 = mx.getCurrentThreadCpuTime();
      doc = nlp.apply(doc);
      long t1 = mx.getCurrentThreadCpuTime();
      loc.apply(places.apply(doc));
      long t2 = mx.getCurrentThreadCpuTime();
      nlpNs += t1 - t0;
      placesNs += t2 - t1;
      n++;
    }
    System.out.printf("%d articles: gazetteer load %d ms CPU; CoreNLP %d ms CPU; places %d ms CPU (%.1f%% of CoreNLP)%n",
        n, load / 1_000_000, nlpNs / 1_000_000, placesNs / 1_000_000, 100.0 * placesNs / nlpNs);
  }
}
