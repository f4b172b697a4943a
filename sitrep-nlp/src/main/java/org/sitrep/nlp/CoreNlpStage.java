package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.NumberMention;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Token;
import org.sitrep.core.doc.TokenSpan;
import org.sitrep.core.pipeline.SelectiveParser;
import org.sitrep.core.pipeline.SentenceNeed;
import org.sitrep.core.pipeline.Stage;

/**
 * The NLP stage: Stanford CoreNLP's tokenizer, sentence splitter, tagger, lemmatiser, NER (with SUTime,
 * the document date set to the article's publication date) and dependency parser, turned into sitrep's
 * layers. No CoreNLP type leaves this package.
 *
 * <p>The dependency parse, the costliest model after SUTime, runs only on the sentences some later stage reads
 * the parse of ({@link SelectiveParser}: the standard pipeline says which); the others get no arcs. Built
 * directly, the stage parses every sentence.
 */
public final class CoreNlpStage implements Stage, SelectiveParser {
  private static final Set<String> TIME_TYPES = Token.TIME_NER;
  private static final Set<String> NUMBER_TYPES = Token.NUMBER_NER;

  private final NlpSettings settings;
  private final SentenceNeed parseNeed;
  private final boolean everySentence;

  /** The stage; CoreNLP's models load in {@link #prepare} (or at the first document), once per process. */
  public CoreNlpStage(NlpSettings settings) {
    this(settings, SentenceNeed.ALL, false);
  }

  private CoreNlpStage(NlpSettings settings, SentenceNeed parseNeed, boolean everySentence) {
    this.settings = settings;
    this.parseNeed = parseNeed;
    this.everySentence = everySentence;
  }

  /** This stage, parsing every sentence whatever the stages after it read ({@code --set nlp.parse_all=true}). */
  public CoreNlpStage parsingEverySentence() {
    return new CoreNlpStage(settings, SentenceNeed.ALL, true);
  }

  @Override
  public CoreNlpStage parsingOnly(SentenceNeed need) {
    return everySentence ? this : new CoreNlpStage(settings, need, false);
  }

  /**
   * Loads the tagger, NER and the parser (when some sentence may be parsed) side by side; SUTime too when it reads
   * every time window ({@code nlp.time_tagger=sutime}), else at the first window sitrep's own tagger leaves to it.
   */
  @Override
  public void prepare() {
    CoreNlpModels.prepare(settings, parses());
  }

  private boolean parses() {
    return settings.parse() && parseNeed != SentenceNeed.NONE;
  }

  @Override
  public String name() {
    return "nlp.corenlp";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> produces() {
    return settings.parse()
        ? Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.POS, Layers.LEMMAS, Layers.NER, Layers.ENTITY_MENTIONS,
        Layers.TIMEX, Layers.NUMBERS, Layers.DEPENDENCIES)
        : Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.POS, Layers.LEMMAS, Layers.NER, Layers.ENTITY_MENTIONS,
        Layers.TIMEX, Layers.NUMBERS);
  }

  @Override
  public Document apply(Document doc) {
    String date = doc.article().published();
    String docDate = date == null ? null : date.length() == 7 ? date + "-01" : date;
    CoreNlpModels.Loaded corenlp = CoreNlpModels.get(settings);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<List<Dependency>> deps = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<NumberMention> numbers = new ArrayList<>();
    SUTime.TimeIndex timeIndex = new SUTime.TimeIndex();
    // SUTime is borrowed (and its first instance loaded) only when a window is left to it
    SutimePool.Lease sutime = settings.fineNer() ? null : CoreNlpModels.sutime().lease();
    try {
      // long texts go to CoreNLP in sections (offsets shifted back), which bounds its memory and time per call
      for (int[] sec : Sections.split(doc.text(), settings.sectionChars())) {
        Annotation ann = new Annotation(doc.text().substring(sec[0], sec[1]));
        if (docDate != null) {
          ann.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        corenlp.tag(ann);
        List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
        shift(sents, sec[0]);
        int firstSentence = sentences.size();
        sentences(doc, sents, docDate, sutime, timeIndex, tokens, sentences, times);
        parse(corenlp, sents, tokens, sentences.subList(firstSentence, sentences.size()), deps);
        mentions(doc, ann.get(CoreAnnotations.MentionsAnnotation.class), tokens, times, mentions, numbers);
      }
    } finally {
      if (sutime != null) {
        sutime.close();
      }
    }
    if (!settings.fineNer()) {
      mentions.addAll(runs(doc.text(), tokens, sentences));
      mentions.sort(java.util.Comparator.comparing(Mention::span));
    }
    times.sort(java.util.Comparator.comparing(TimeExpression::span));
    Document out = doc.with(Layers.TOKENS, List.copyOf(tokens))
        .with(Layers.SENTENCES, List.copyOf(sentences))
        .with(Layers.POS, true).with(Layers.LEMMAS, true).with(Layers.NER, true)
        .with(Layers.ENTITY_MENTIONS, List.copyOf(mentions))
        .with(Layers.TIMEX, List.copyOf(times))
        .with(Layers.NUMBERS, List.copyOf(numbers));
    return settings.parse() ? out.with(Layers.DEPENDENCIES, List.copyOf(deps)) : out;
  }

  /** Moves the character offsets of a section's tokens and sentences to offsets in the whole text. */
  private static void shift(List<CoreMap> sents, int base) {
    if (base == 0) {
      return;
    }
    for (CoreMap s : sents) {
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        l.setBeginPosition(l.beginPosition() + base);
        l.setEndPosition(l.endPosition() + base);
      }
      s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class,
          s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + base);
      s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class,
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + base);
    }
  }

  /**
   * Parses the section's sentences that {@link #parseNeed} selects (from their finished tokens: POS, lemma and
   * NER with SUTime's and sitrep's classes) and adds every sentence's arcs, none for those left unparsed.
   */
  private void parse(CoreNlpModels.Loaded corenlp, List<CoreMap> sents, List<Token> tokens, List<Sentence> added,
                     List<List<Dependency>> deps) {
    boolean[] parsed = new boolean[sents.size()];
    if (parses()) {
      List<CoreMap> selected = new ArrayList<>();
      for (int i = 0; i < sents.size(); i++) {
        TokenSpan ts = added.get(i).tokens();
        parsed[i] = parseNeed.test(tokens.subList(ts.start(), ts.end()));
        if (parsed[i]) {
          selected.add(sents.get(i));
        }
      }
      corenlp.parse(selected, settings.allGraphs(), settings.fastParserScores());
    }
    for (int i = 0; i < sents.size(); i++) {
      deps.add(parsed[i] ? dependencies(sents.get(i), added.get(i).tokens().start()) : List.of());
    }
  }

  private void sentences(Document doc, List<CoreMap> sents, String docDate, SutimePool.Lease sutime,
                         SUTime.TimeIndex timeIndex, List<Token> tokens, List<Sentence> sentences,
                         List<TimeExpression> times) {
    for (CoreMap s : sents) {
      int si = sentences.size();
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      int first = tokens.size();
      String[] tags = new String[labels.size()];
      for (int i = 0; i < tags.length; i++) {
        tags[i] = labels.get(i).ner() == null ? "O" : labels.get(i).ner();
      }
      if (!settings.fineNer()) {
        List<String> words = labels.stream().map(CoreLabel::word).toList();
        FineClasses.get().refine(words, tags);
        for (int i = 0; i < tags.length; i++) {
          if (TIME_TYPES.contains(tags[i])) {
            tags[i] = "O"; // the numeric classifier's dates; SUTime's own spans replace them below
          }
        }
        if (TemporalCues.any(words)) {
          for (SutimeWindows.Timed tx : SutimeWindows.times(sutime, s, doc.text(), docDate, timeIndex,
              settings.maxSentenceTokens(), settings.sutimeReach(), settings.ownTimes())) {
            TimeExpression te = timex(doc.text(), tx, labels, first);
            if (te != null) {
              times.add(te);
              for (int k = te.tokens().start(); k < te.tokens().end(); k++) {
                tags[k - first] = te.type();
              }
            }
          }
        }
      }
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel t = labels.get(i);
        tokens.add(new Token(tokens.size(), si, t.word(), new CharSpan(t.beginPosition(), t.endPosition()), t.tag(),
            t.lemma(), tags[i]));
      }
      sentences.add(new Sentence(si, new CharSpan(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), new TokenSpan(first, tokens.size())));
    }
  }

  private void mentions(Document doc, List<CoreMap> ms, List<Token> tokens, List<TimeExpression> times,
                        List<Mention> mentions, List<NumberMention> numbers) {
    for (CoreMap m : ms == null ? List.<CoreMap>of() : ms) {
      List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
      String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      if (mt == null || mt.isEmpty() || type == null) {
        continue;
      }
      int ts = tokenAt(tokens, mt.get(0).beginPosition());
      TokenSpan tspan = new TokenSpan(ts, ts + mt.size());
      CharSpan cspan = new CharSpan(mt.get(0).beginPosition(), mt.get(mt.size() - 1).endPosition());
      String text = cspan.of(doc.text());
      if (TIME_TYPES.contains(type)) {
        Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
        if (settings.fineNer() && tx != null) {
          times.add(new TimeExpression(tspan, cspan, text, tx.timexType(), tx.value() != null ? tx.value()
              : tx.altVal(), SutimeWindows.modifier(m), SutimeWindows.range(tx)));
        }
      } else if (NUMBER_TYPES.contains(type)) {
        if (times.stream().noneMatch(t -> t.span().overlaps(cspan))) {
          String norm = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
          numbers.add(new NumberMention(tspan, cspan, text, parseNumber(norm), norm));
        }
      } else if (settings.fineNer() && !pronominal(mt)) {
        mentions.add(new Mention(tspan, cspan, text, type));
      }
    }
  }

  /** Named mentions as runs of one entity class within a sentence (pronouns left out). */
  private static List<Mention> runs(String text, List<Token> tokens, List<Sentence> sentences) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      int i = s.tokens().start();
      while (i < s.tokens().end()) {
        String tag = tokens.get(i).ner();
        if (tag.equals("O") || TIME_TYPES.contains(tag) || NUMBER_TYPES.contains(tag)) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < s.tokens().end() && tokens.get(j).ner().equals(tag)) {
          j++;
        }
        boolean pronoun = true;
        for (int k = i; k < j; k++) {
          String pos = tokens.get(k).pos();
          pronoun &= pos != null && (pos.startsWith("PRP") || pos.startsWith("W") || pos.equals("DT"));
        }
        if (!pronoun) {
          CharSpan cs = new CharSpan(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
          out.add(new Mention(new TokenSpan(i, j), cs, cs.of(text), tag));
        }
        i = j;
      }
    }
    return out;
  }

  private static TimeExpression timex(String text, SutimeWindows.Timed tx, List<CoreLabel> labels, int first) {
    int b = tx.begin();
    int e = tx.end();
    int ts = -1;
    int te = -1;
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      if (ts < 0 && l.endPosition() > b) {
        ts = i;
      }
      if (l.beginPosition() < e) {
        te = i + 1;
      }
    }
    if (ts < 0 || te <= ts) {
      return null;
    }
    CharSpan cs = new CharSpan(b, e);
    return new TimeExpression(new TokenSpan(first + ts, first + te), cs, cs.of(text), tx.type(), tx.value(),
        tx.modifier(), tx.range());
  }

  private static int tokenAt(List<Token> tokens, int charStart) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int st = tokens.get(mid).span().start();
      if (st == charStart) {
        return mid;
      } else if (st < charStart) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    throw new IllegalStateException("no token starts at character " + charStart);
  }

  /** "he", "his", "who": CoreNLP tags some pronouns PERSON; they are not named mentions. */
  private static boolean pronominal(List<CoreLabel> mt) {
    for (CoreLabel t : mt) {
      String tag = t.tag();
      if (tag == null || !(tag.startsWith("PRP") || tag.startsWith("W") || tag.equals("DT"))) {
        return false;
      }
    }
    return true;
  }

  private List<Dependency> dependencies(CoreMap s, int first) {
    if (!settings.parse()) {
      return List.of();
    }
    SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g == null) {
      return List.of();
    }
    List<Dependency> out = new ArrayList<>();
    for (var root : g.getRoots()) {
      out.add(new Dependency(-1, first + root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
        continue; // enhanced++ copy nodes have no token of their own
      }
      out.add(new Dependency(first + e.getGovernor().index() - 1, first + e.getDependent().index() - 1,
          e.getRelation().toString()));
    }
    out.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor)
        .thenComparing(Dependency::relation));
    return List.copyOf(out);
  }

  /** "8.0" -> 8; ">=30.0" -> 30; "~1000000.0" -> 1000000; anything else null. */
  static Double parseNumber(String norm) {
    if (norm == null) {
      return null;
    }
    String s = norm.replaceFirst("^(>=|<=|~|>|<)", "").replace(",", "");
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
