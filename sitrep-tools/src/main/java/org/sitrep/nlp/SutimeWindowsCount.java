package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Titled;
import org.sitrep.core.io.Inputs;
import org.sitrep.core.io.ReadOptions;

/**
 * Development count: which cue windows of the time tagging ({@link SutimeWindows#ranges}) sitrep's own tagger
 * ({@link OwnTimes}) reads and which it leaves to SUTime, with the stage's default settings. Prints the share of
 * windows left to SUTime, the articles that never reach SUTime (so never load it), and the expressions SUTime
 * gives in the windows it receives, grouped by shape (digits as 9, month and weekday names as MONTH and WEEKDAY,
 * lower case), commonest first; with {@code -v} every SUTime window's text and expressions too. In package
 * {@code org.sitrep.nlp} to reach the stage's parts; prints figures, asserts nothing.
 * {@code java -cp ... org.sitrep.nlp.SutimeWindowsCount [-v] INPUT...}
 */
public final class SutimeWindowsCount {
  private SutimeWindowsCount() {
  }

  public static void main(String[] args) throws Exception {
    boolean verbose = args.length > 0 && args[0].equals("-v");
    List<String> files = List.of(args).subList(verbose ? 1 : 0, args.length);
    if (files.isEmpty()) {
      System.err.println("usage: SutimeWindowsCount [-v] INPUT...");
      System.exit(2);
    }
    List<Article> arts = new ArrayList<>();
    Inputs inputs = Inputs.standard(ReadOptions.defaults());
    for (String f : Inputs.expand(files)) {
      inputs.read(f, System.in, it -> {
        if (it.ok()) {
          arts.add(it.article());
        }
      });
    }
    NlpSettings s = NlpSettings.defaults();
    Properties p = new Properties();
    p.putAll(CoreNlpModels.properties(s));
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    StanfordCoreNLP nlp = new StanfordCoreNLP(p, false);
    int windows = 0;
    int toSutime = 0;
    int emptySutime = 0;
    int withoutSutime = 0;
    Map<String, Integer> shapes = new TreeMap<>();
    Map<String, Integer> reasons = new TreeMap<>();
    for (Article art : arts) {
      String text = Titled.document(art).text();
      String date = art.published();
      String docDate = date == null ? null : date.length() == 7 ? date + "-01" : date;
      Annotation ann = new Annotation(text);
      if (docDate != null) {
        ann.set(CoreAnnotations.DocDateAnnotation.class, docDate);
      }
      nlp.annotate(ann);
      boolean any = false;
      SUTime.TimeIndex index = new SUTime.TimeIndex();
      try (SutimePool.Lease sutime = CoreNlpModels.sutime().lease()) {
        for (CoreMap sent : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
          List<CoreLabel> labels = sent.get(CoreAnnotations.TokensAnnotation.class);
          List<String> words = labels.stream().map(CoreLabel::word).toList();
          if (!TemporalCues.any(words)) {
            continue;
          }
          List<String> tags = labels.stream().map(CoreLabel::tag).toList();
          List<String> ner = labels.stream().map(CoreLabel::ner).toList();
          List<int[]> rs = SutimeWindows.ranges(words, s.maxSentenceTokens(), s.sutimeReach());
          List<SutimeWindows.Timed> found = null;
          for (int ri = 0; ri < rs.size(); ri++) {
            int[] r = rs.get(ri);
            windows++;
            boolean alone = (ri + 1 >= rs.size() || rs.get(ri + 1)[0] >= r[1]) && (ri == 0 || rs.get(ri - 1)[1] <= r[0]);
            StringBuilder why = new StringBuilder(alone ? "" : "long span");
            if (alone && OwnTimes.read(words, tags, ner, r[0], r[1], docDate, why).isPresent()) {
              continue;
            }
            reasons.merge(shape(why.toString()), 1, Integer::sum);
            toSutime++;
            any = true;
            if (found == null) {
              found = SutimeWindows.times(sutime, sent, text, docDate, index, s.maxSentenceTokens(),
                  s.sutimeReach(), false);
            }
            int b = labels.get(r[0]).beginPosition();
            int e = labels.get(r[1] - 1).endPosition();
            StringBuilder line = new StringBuilder();
            int n = 0;
            for (SutimeWindows.Timed t : found) {
              if (t.begin() >= b && t.begin() < e) {
                String shape = shape(text.substring(t.begin(), t.end()));
                shapes.merge(shape, 1, Integer::sum);
                line.append(" | ").append(text, t.begin(), t.end()).append(" = ").append(t.value());
                n++;
              }
            }
            if (n == 0) {
              emptySutime++;
              shapes.merge("(none) " + cues(words, r), 1, Integer::sum);
            }
            if (verbose) {
              System.out.printf("%s {%s} [%s]%s%n", art.docId(), why, text.substring(b, e).replace('\n', ' '), line);
            }
          }
        }
      }
      if (!any) {
        withoutSutime++;
      }
    }
    System.out.printf("%d articles, %d never reach SUTime (%.1f%%); %d cue windows, %d left to SUTime (%.1f%%),"
        + " %d of them with no expression%n", arts.size(), withoutSutime, 100.0 * withoutSutime / arts.size(),
        windows, toSutime, 100.0 * toSutime / Math.max(1, windows), emptySutime);
    System.out.println("why the windows are SUTime's:");
    reasons.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(60)
        .forEach(en -> System.out.printf("%5d  %s%n", en.getValue(), en.getKey()));
    System.out.println("SUTime's expressions in them, by shape:");
    shapes.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(80)
        .forEach(en -> System.out.printf("%5d  %s%n", en.getValue(), en.getKey()));
  }

  private static String cues(List<String> words, int[] r) {
    List<String> out = new ArrayList<>();
    for (int k = r[0]; k < r[1]; k++) {
      if (TemporalCues.isCue(words.get(k))) {
        out.add(shape(words.get(k)));
      }
    }
    return String.join(" ", out);
  }

  private static String shape(String s) {
    StringBuilder out = new StringBuilder();
    for (String w : s.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
      String k = w.endsWith(".") && w.length() > 2 ? w.substring(0, w.length() - 1) : w;
      String r = org.sitrep.core.data.CalendarNames.monthWords().containsKey(k) ? "MONTH"
          : org.sitrep.core.data.CalendarNames.weekdays().containsKey(k) ? "WEEKDAY" : w.replaceAll("[0-9]", "9");
      out.append(out.length() > 0 ? " " : "").append(r);
    }
    return out.toString();
  }
}
