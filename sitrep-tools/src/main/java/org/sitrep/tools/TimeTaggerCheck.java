package org.sitrep.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.List;
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
 * Development benchmark: what sitrep's own time tagger ({@code nlp.time_tagger=own}) does to the TIMEX layer and
 * to the NLP stage's CPU against SUTime alone ({@code nlp.time_tagger=sutime}). Runs the NLP stage without the
 * parse over the inputs once per tagger (which goes first alternates from article to article, so that warming up
 * and the machine's load fall on both alike), prints every expression that differs (and any difference in the NER
 * tags), then the counts and the CPU per article of each. Prints figures; asserts nothing.
 * {@code TimeTaggerCheck INPUT...}
 */
public final class TimeTaggerCheck {
  private TimeTaggerCheck() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: TimeTaggerCheck INPUT...   (articles, or NLP caches made by NlpCache)");
      System.exit(2);
    }
    List<Article> arts = NlpCache.readArticles(List.of(args));
    NlpSettings base = NlpSettings.defaults().withParse(false);
    CoreNlpStage sutime = new CoreNlpStage(base.withOwnTimes(false));
    CoreNlpStage own = new CoreNlpStage(base.withOwnTimes(true));
    sutime.prepare();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[2];
    int whole = 0;
    int diffs = 0;
    int tagDiffs = 0;
    for (int a = 0; a < arts.size(); a++) {
      Document in = Titled.document(arts.get(a));
      Document[] out = new Document[2];
      for (int k = 0; k < 2; k++) {
        int which = (a + k) % 2; // 0 SUTime alone, 1 own tagger
        long t0 = mx.getCurrentThreadCpuTime();
        out[which] = (which == 0 ? sutime : own).apply(in);
        if (a > 0) { // the first article warms both up
          cpu[which] += mx.getCurrentThreadCpuTime() - t0;
        }
      }
      List<TimeExpression> s = out[0].get(Layers.TIMEX);
      List<TimeExpression> o = out[1].get(Layers.TIMEX);
      whole += s.size();
      Set<TimeExpression> ss = new HashSet<>(s);
      Set<TimeExpression> os = new HashSet<>(o);
      for (TimeExpression t : s) {
        if (!os.contains(t)) {
          diffs++;
          System.out.printf("%s: SUTime only %s%n", in.article().docId(), t);
        }
      }
      for (TimeExpression t : o) {
        if (!ss.contains(t)) {
          diffs++;
          System.out.printf("%s: own only    %s%n", in.article().docId(), t);
        }
      }
      if (!tags(out[0]).equals(tags(out[1]))) {
        tagDiffs++;
        System.out.printf("%s: NER tags differ%n", in.article().docId());
      }
    }
    int n = Math.max(1, arts.size() - 1);
    System.out.printf("%d articles, %d expressions (SUTime alone), %d differ, NER tags differ in %d articles%n",
        arts.size(), whole, diffs, tagDiffs);
    System.out.printf("NLP stage without parse, ms CPU/article: SUTime alone %.1f, own tagger %.1f (%+.1f%%)%n",
        cpu[0] / 1e6 / n, cpu[1] / 1e6 / n, 100.0 * (cpu[1] - cpu[0]) / Math.max(1, cpu[0]));
  }

  private static List<String> tags(Document d) {
    return d.get(Layers.TOKENS).stream().map(Token::ner).toList();
  }
}
