package org.sitrep.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Benchmark aid: bare CoreNLP with its default settings ({@code tokenize,ssplit,pos,lemma,ner,depparse}) over a
 * sitrep JSONL file, one article after another on one thread, as a whole process (model load included): the
 * other side of docs/performance.md's whole-process comparison. Prints articles, tokens and times to standard
 * error. Usage: {@code java -cp ... org.sitrep.tools.BareCoreNlp FILE.jsonl}
 */
public final class BareCoreNlp {
  private BareCoreNlp() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: BareCoreNlp FILE.jsonl (sitrep's input JSONL: text and published per line)");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
    long t1 = System.nanoTime();
    ObjectMapper json = new ObjectMapper();
    int articles = 0;
    long tokens = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = json.readTree(line);
        Annotation ann = new Annotation(a.path("text").asText());
        String date = a.path("published").asText(null);
        if (date != null && date.length() >= 10) {
          ann.set(CoreAnnotations.DocDateAnnotation.class, date.substring(0, 10));
        }
        corenlp.annotate(ann);
        articles++;
        tokens += ann.get(CoreAnnotations.TokensAnnotation.class).size();
      }
    }
    long t2 = System.nanoTime();
    System.err.printf("bare CoreNLP: %d articles, %d tokens, model load %.1f s, annotation %.1f s%n", articles, tokens,
        (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }
}
