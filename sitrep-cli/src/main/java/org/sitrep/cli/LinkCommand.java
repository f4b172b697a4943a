package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.link.LinkResult;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.StoryLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep link ARTICLES.jsonl... [-o FILE]}: story records (JSONL) from article records. */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = {"Group article records (the output of 'sitrep analyze') into incidents across outlets and write"
        + " one story record per incident: its articles, merged events with their mentions and sources, where"
        + " the sources disagree (count, composition, time_basis, attribution, date, actor, location), its"
        + " storyline and the incident it follows. --storylines FILE also writes the storylines.",
        "Articles are taken in order of publication; an article without a date takes its story's.",
        "Exit status: 0 all lines read, 1 some lines were not article records (reported on standard error),"
            + " 2 usage error."})
public final class LinkCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "ARTICLES", description = "Article records (JSONL) or '-' (standard input).")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write story records to FILE (default:"
      + " standard output).")
  Path output;

  @Option(names = "--storylines", paramLabel = "FILE", description = "Also write the storyline records (incidents"
      + " of one crisis or running topic, in order; \"kind\": \"storyline\") to FILE.")
  Path storylines;

  @Option(names = "--articles-out", paramLabel = "FILE", description = "Also write the article records with the"
      + " publication dates inferred from their stories.")
  Path articlesOut;

  @Option(names = "--threshold", paramLabel = "X", description = "Mean similarity two groups of reports need to"
      + " be one incident (0-1; default ${DEFAULT-VALUE}). Higher gives smaller, purer incidents.")
  double threshold = LinkSettings.defaults().threshold();

  @Option(names = "--storyline-threshold", paramLabel = "X", description = "Mean similarity two incidents need to"
      + " be one storyline (0-1, at most --threshold; default ${DEFAULT-VALUE}).")
  double storylineThreshold = LinkSettings.defaults().storylineThreshold();

  @Override
  public Integer call() throws IOException {
    List<ArticleRecord> articles = new ArrayList<>();
    int bad = 0;
    for (String in : inputs) {
      bad += read(in, articles);
    }
    LinkSettings settings;
    try {
      settings = LinkSettings.defaults().withThreshold(threshold).withStorylineThreshold(
          Math.min(storylineThreshold, threshold));
    } catch (IllegalArgumentException e) {
      System.err.println("sitrep link: " + e.getMessage());
      return 2;
    }
    LinkResult r = StoryLinker.create(settings).link(articles);
    try (RecordOutput out = output == null ? RecordOutput.stdout() : RecordOutput.file(output, false)) {
      for (StoryRecord s : r.stories()) {
        out.write(s);
      }
    }
    if (storylines != null) {
      try (RecordOutput out = RecordOutput.file(storylines, false)) {
        r.storylines().forEach(out::write);
      }
    }
    if (articlesOut != null) {
      try (RecordOutput out = RecordOutput.file(articlesOut, false)) {
        r.articles().forEach(out::write);
      }
    }
    System.err.println("sitrep link: " + articles.size() + " articles, " + r.stories().size() + " incidents, "
        + r.storylines().size() + " storylines");
    if (bad > 0) {
      System.err.println("sitrep link: " + bad + " lines were not article records and were skipped");
      return 1;
    }
    return 0;
  }

  private static int read(String in, List<ArticleRecord> into) throws IOException {
    if (!in.equals("-") && !Files.isRegularFile(Path.of(in))) {
      throw new IllegalArgumentException("no such file: " + in + " (give the JSONL output of 'sitrep analyze')");
    }
    int[] bad = {0};
    JsonlLines.forEach(in, (n, line) -> {
      try {
        ArticleRecord a = Json.read(line, ArticleRecord.class);
        if (a.docId() == null) {
          throw new UncheckedIOException(new IOException("no doc_id"));
        }
        into.add(a);
      } catch (UncheckedIOException e) {
        bad[0]++;
        System.err.println("sitrep link: " + in + ":" + n + ": not an article record (" + e.getMessage()
            + "); skipped. Give the output of 'sitrep analyze'.");
      }
    });
    return bad[0];
  }
}
