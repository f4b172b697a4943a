package org.sitrep.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Titled;
import org.sitrep.core.doc.Token;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;

/**
 * Development benchmark: what reading only the tokens near each time cue ({@code nlp.sutime_reach}) does to
 * SUTime's expressions and to the NLP stage's CPU. Runs the NLP stage without the parse over the inputs once per
 * reach (the order rotated from article to article, so that warming up and the machine's load fall on every
 * reach alike), compares each reach's TIMEX layer and NER tags with those of whole sentences (reach 0) and
 * prints the differences and the CPU per article of each reach. Prints figures; asserts nothing.
 * {@code SutimeReachCheck REACH[,REACH...] INPUT...}
 */
public final class SutimeReachCheck {
  private SutimeReachCheck() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SutimeReachCheck REACH[,REACH...] INPUT...   e.g. 0,4,6,8 input.jsonl");
      System.exit(2);
    }
    List<Integer> reaches = new ArrayList<>(List.of(0));
    for (String r : args[0].split(",")) {
      int v = Integer.parseInt(r.trim());
      if (!reaches.contains(v)) {
        reaches.add(v);
      }
    }
    List<Article> arts = NlpCache.readArticles(List.of(args).subList(1, args.length));
    Map<Integer, CoreNlpStage> stages = new LinkedHashMap<>();
    for (int r : reaches) {
      stages.put(r, new CoreNlpStage(NlpSettings.defaults().withParse(false).withSutimeReach(r)));
    }
    stages.get(0).prepare();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<Integer, Long> cpu = new LinkedHashMap<>();
    Map<Integer, Integer> diffs = new LinkedHashMap<>();
    int whole = 0;
    for (int a = 0; a < arts.size(); a++) {
      Document in = Titled.document(arts.get(a));
      Map<Integer, Document> out = new LinkedHashMap<>();
      for (int k = 0; k < reaches.size(); k++) {
        int r = reaches.get((a + k) % reaches.size());
        long t0 = mx.getCurrentThreadCpuTime();
        out.put(r, stages.get(r).apply(in));
        if (a > 0) { // the first article warms every reach up
          cpu.merge(r, mx.getCurrentThreadCpuTime() - t0, Long::sum);
        }
      }
      List<TimeExpression> base = out.get(0).get(Layers.TIMEX);
      whole += base.size();
      for (int r : reaches) {
        List<TimeExpression> got = out.get(r).get(Layers.TIMEX);
        Set<TimeExpression> b = new HashSet<>(base);
        Set<TimeExpression> g = new HashSet<>(got);
        int n = 0;
        for (TimeExpression t : base) {
          if (!g.contains(t)) {
            n++;
            System.out.printf("reach %d %s: lost    %s%n", r, in.article().docId(), t);
          }
        }
        for (TimeExpression t : got) {
          if (!b.contains(t)) {
            n++;
            System.out.printf("reach %d %s: gained  %s%n", r, in.article().docId(), t);
          }
        }
        if (n == 0 && !tags(out.get(0)).equals(tags(out.get(r)))) {
          n++;
          System.out.printf("reach %d %s: NER tags differ%n", r, in.article().docId());
        }
        diffs.merge(r, n, Integer::sum);
      }
    }
    System.out.printf("%d articles, %d expressions read from whole sentences%n", arts.size(), whole);
    long base = Math.max(1, cpu.getOrDefault(0, 1L));
    for (int r : reaches) {
      long c = cpu.getOrDefault(r, 0L);
      System.out.printf("reach %2d: %4d expressions differ; NLP stage without parse %.1f ms CPU/article (%+.1f%%)%n",
          r, diffs.get(r), c / 1e6 / Math.max(1, arts.size() - 1), 100.0 * (c - base) / base);
    }
  }

  private static List<String> tags(Document d) {
    return d.get(Layers.TOKENS).stream().map(Token::ner).toList();
  }
}
