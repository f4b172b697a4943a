package org.sitrep.tools;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * Development benchmark: the dependency parser's CPU with CoreNLP's classifier and with sitrep's bit-identical
 * scorer ({@code nlp.fast_parser_scores}). Tags each article (tokens, sentences, POS: what the parser reads), then
 * parses every sentence of at most 120 tokens with both parsers, the order alternated from article to article so
 * that warming up and the machine's load fall on both alike; compares the typed dependencies of every sentence and
 * prints the sentences that differ and the parse CPU per article of each. Prints figures; asserts nothing.
 * {@code ParserScoresCheck INPUT...}
 */
public final class ParserScoresCheck {
  private ParserScoresCheck() {
  }

  public static void main(String[] args) throws Exception {
    DependencyParser plain = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    DependencyParser fast = ParserComparison.fastParser();
    ParserComparison.run("ParserScoresCheck", args, new String[] {"CoreNLP classifier", "FastParserScores"}, List.of(
        (List<CoreMap> sents) -> sents.stream().map(s -> plain.predict(s).typedDependencies().toString()).toList(),
        (List<CoreMap> sents) -> sents.stream().map(s -> fast.predict(s).typedDependencies().toString()).toList()));
  }
}
