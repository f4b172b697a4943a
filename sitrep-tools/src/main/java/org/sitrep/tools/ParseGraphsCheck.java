package org.sitrep.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Titled;
import org.sitrep.core.json.Json;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;

/**
 * Development benchmark: what building only the enhanced++ dependency graph (the default) rather than CoreNLP's
 * five ({@code nlp.all_graphs=true}) does to the NLP stage's output and CPU. Runs the whole NLP stage (every
 * sentence parsed) twice per article, the order alternated from article to article so that warming up and the
 * machine's load fall on both alike; compares the two documents' NLP layers (as JSON, every layer) and prints the
 * articles that differ, the sentences parsed and the CPU per article of each. Prints figures; asserts nothing.
 * {@code ParseGraphsCheck INPUT...}
 */
public final class ParseGraphsCheck {
  private ParseGraphsCheck() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ParseGraphsCheck INPUT...");
      System.exit(2);
    }
    List<Article> arts = NlpCache.readArticles(List.of(args));
    CoreNlpStage[] stages = {new CoreNlpStage(NlpSettings.defaults()),
        new CoreNlpStage(NlpSettings.defaults().withAllGraphs(true))};
    String[] names = {"enhanced++ only", "all five graphs"};
    stages[0].prepare();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[2];
    int differ = 0;
    long sentences = 0;
    for (int a = 0; a < arts.size(); a++) {
      Document in = Titled.document(arts.get(a));
      String[] out = new String[2];
      for (int k = 0; k < 2; k++) {
        int m = (a + k) % 2;
        long t0 = mx.getCurrentThreadCpuTime();
        Document d = stages[m].apply(in);
        if (a > 0) { // the first article warms both up
          cpu[m] += mx.getCurrentThreadCpuTime() - t0;
        }
        out[m] = Json.line(NlpCache.Cached.of(d));
        if (m == 0) {
          sentences += d.get(Layers.SENTENCES).size();
        }
      }
      if (!out[0].equals(out[1])) {
        differ++;
        System.out.println("differs: " + in.article().docId());
      }
    }
    int measured = Math.max(1, arts.size() - 1);
    System.out.printf("%d articles, %d sentences; NLP layers differ in %d articles%n", arts.size(), sentences, differ);
    for (int m = 0; m < 2; m++) {
      System.out.printf("  %-16s NLP stage %.1f ms CPU/article%n", names[m], cpu[m] / 1e6 / measured);
    }
    System.out.printf("  saving %.1f ms CPU/article (%.1f%% of the NLP stage)%n", (cpu[1] - cpu[0]) / 1e6 / measured,
        100.0 * (cpu[1] - cpu[0]) / Math.max(1, cpu[1]));
  }
}
