package org.sitrep.tools;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.SitrepBatchParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Development benchmark: the dependency parse with {@code FastParserScores}, sentence by sentence (CoreNLP's
 * {@code predict}) against an article's sentences parsed in step ({@link SitrepBatchParser}). Tags each article
 * (tokens, sentences, POS), then parses its sentences of at most 120 tokens both ways, the order alternated from
 * article to article, timed with the thread's CPU clock (the first article warms up and is not counted); compares
 * the typed dependencies of every sentence and prints the sentences that differ and the parse CPU per article of
 * each way. Prints figures; asserts nothing. {@code ParserBatchCheck INPUT...}
 */
public final class ParserBatchCheck {
  private ParserBatchCheck() {
  }

  public static void main(String[] args) throws Exception {
    DependencyParser parser = ParserComparison.fastParser();
    SitrepBatchParser batch = SitrepBatchParser.of(parser);
    ParserComparison.run("ParserBatchCheck", args, new String[] {"one by one", "in step"}, List.of(
        (List<CoreMap> sents) -> sents.stream().map(s -> parser.predict(s).typedDependencies().toString()).toList(),
        (List<CoreMap> sents) -> batch.predict(sents).stream()
            .map((GrammaticalStructure g) -> g.typedDependencies().toString()).toList()));
  }
}
