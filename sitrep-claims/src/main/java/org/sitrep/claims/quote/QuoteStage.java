package org.sitrep.claims.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.claims.attribution.Cue;
import org.sitrep.claims.attribution.Cues;
import org.sitrep.claims.attribution.Names;
import org.sitrep.claims.attribution.Speaker;
import org.sitrep.claims.attribution.SpeakerResolver;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.QuoteMarks;
import org.sitrep.core.model.QuoteRecord;
import org.sitrep.core.pipeline.ParseReader;
import org.sitrep.core.pipeline.SentenceNeed;
import org.sitrep.core.pipeline.Stage;

/**
 * {@code claims.quotes}: direct quotations and quoted fragments with their speakers. Quotation marks
 * are paired on the raw text ({@link QuoteMarks}); each quoted stretch is then read as
 * <ul>
 *   <li>not a quotation: a slogan on a banner or sign, a quoted title, or a scare-quoted term (a short
 *       noun phrase such as "peace" forces);</li>
 *   <li>{@code direct}: a quoted utterance that begins with a capital (or a whole paragraph);</li>
 *   <li>{@code partial}: a fragment inside reported speech ("should resolve the conflict 'without anger'").</li>
 * </ul>
 * The speaker comes from the nearest cue of the quote's sentences outside the quotation ("he told",
 * "Erdogan told reporters"), resolved to a canonical name; a paragraph that is only a quotation
 * continues the previous quotation's speaker.
 */
public final class QuoteStage implements Stage, ParseReader {
  private static final Pattern SIGN_CONTEXT = Pattern.compile(
      "(?i).*\\b(banners?|placards?|signs?|posters?|slogans?|graffiti|t-shirts?|shirts?|headlines?|hashtags?|"
          + "captions?|labels?|mottos?|chant(?:s|ed|ing)?|inscri\\w+|read|reading|titled|entitled|dubbed|"
          + "called|named|headlined|so-called|nicknamed|branded|coined|termed)\\b[\\s:,]*$");
  private static final Set<String> NP_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "HYPH",
      "CD", "POS", "PRP$", "CC", "VBN", "VBG", ",", "``", "''", ".");

  /** The sentences with a verb of speech, "according", a quotation mark or a name. */
  @Override
  public SentenceNeed parseNeed() {
    return org.sitrep.claims.attribution.ParseNeeds.speech();
  }

  @Override
  public String name() {
    return "claims.quotes";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.DEPENDENCIES, Layers.ENTITY_MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.QUOTES);
  }

  @Override
  public Set<Layer<?>> uses() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    List<CharSpan> spans = QuoteMarks.spans(text);
    DocIndex ix = spans.isEmpty() ? null : new DocIndex(doc);
    if (ix == null || ix.sentences().isEmpty()) {
      return doc.with(Layers.QUOTES, List.of());
    }
    SpeakerResolver speakers = new SpeakerResolver(ix, new Names(ix), spans);
    List<Cue> cues = Cues.find(ix, speakers);
    List<QuoteRecord> out = new ArrayList<>();
    QuoteRecord previous = null;
    int previousEnd = -1;
    int previousCueSentence = -1;
    for (CharSpan q : spans) {
      String kind = kind(ix, q);
      if (kind == null) {
        continue;
      }
      Cue cue = cueFor(ix, cues, q, spans);
      Speaker sp = cue == null ? null : cue.speaker();
      String cueWord = cue == null ? null : cue.cue();
      int cueSentence = cue == null ? -1 : cue.sentence();
      if (sp == null && embedded(ix, q, spans)) {
        // "Trump called Canada “...”", "saying the country is “deeply disappointed”": who does the saying
        sp = agent(ix, speakers, q, spans);
      }
      if (sp == null && previous != null && adjacent(ix, spans, previousEnd, previousCueSentence, q)) {
        // the next paragraph or sentence of a quotation: "“A,” he said. “B.”"
        sp = new Speaker(previous.speaker(), previous.speakerText(), previous.speakerActor());
        cueWord = previous.cue();
        cueSentence = previousCueSentence;
      }
      if (sp == null && !embedded(ix, q, spans)) {
        // "Akar said Ankara was close to a deal. “We have much in common.”": the speaker just introduced
        Cue intro = introducing(ix, speakers, cues, q, spans);
        if (intro != null) {
          sp = intro.speaker();
          cueWord = intro.cue();
          cueSentence = intro.sentence();
        }
      }
      QuoteRecord r = new QuoteRecord(q.of(text), q.start(), q.end(), kind, sp == null ? null : sp.name(),
          sp == null ? null : sp.text(), sp == null ? null : sp.actor(), cueWord);
      out.add(r);
      if (kind.equals("direct") || sp != null) {
        previous = r;
        previousEnd = q.end();
        previousCueSentence = cueSentence;
      }
    }
    return doc.with(Layers.QUOTES, List.copyOf(out));
  }

  /** Whether the quotation begins inside a sentence, after words of the writer's own. */
  static boolean embedded(DocIndex ix, CharSpan q, List<CharSpan> quoted) {
    var s = ix.sentenceAt(q.start());
    for (int t = s.tokens().start(); t < s.tokens().end() && ix.token(t).span().end() <= q.start(); t++) {
      if (!ix.isPunct(t) && !insideAny(quoted, ix.token(t).span().start()) && Character.isLetterOrDigit(
          ix.token(t).text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parser made the quoted words the sentence's root and hung the writer's verb under them ("He contends
   * the plan “is because of the dispute.”", the verb a clausal subject): the subject of such a verb before
   * the quotation, where it names someone.
   */
  private static Speaker writerVerbUnder(DocIndex ix, SpeakerResolver speakers, int root, CharSpan q,
      List<CharSpan> quoted) {
    if (!insideAny(quoted, ix.token(root).span().start())) {
      return null;
    }
    for (var c : ix.children(root)) {
      int v = c.dependent();
      if (!ix.pos(v).startsWith("VB") || ix.token(v).span().end() > q.start()
          || insideAny(quoted, ix.token(v).span().start())) {
        continue;
      }
      for (var d : ix.children(v)) {
        if (d.relation().equals("nsubj") && !insideAny(quoted, ix.token(d.dependent()).span().start())) {
          Speaker sp = speakers.resolve(d.dependent());
          return sp.name() != null ? sp : null;
        }
      }
    }
    return null;
  }

  /** A quoted predicate's subject written before the quotation, where it is a person or "he"/"she" standing for one. */
  private static Speaker personSubjectBefore(DocIndex ix, SpeakerResolver speakers, int verb, CharSpan q,
      List<CharSpan> quoted) {
    for (var d : ix.children(verb)) {
      int subj = d.dependent();
      if (!d.relation().equals("nsubj") || ix.token(subj).span().end() > q.start()
          || insideAny(quoted, ix.token(subj).span().start())) {
        continue;
      }
      if (speakers.names().person(subj) != null || SpeakerResolver.PERSONAL.contains(ix.lower(subj))) {
        Speaker sp = speakers.resolve(subj);
        return sp.name() != null ? sp : null;
      }
    }
    return null;
  }

  /** The subject of the nearest clause outside the quotation that governs it, where it names someone. */
  static Speaker agent(DocIndex ix, SpeakerResolver speakers, CharSpan q, List<CharSpan> quoted) {
    int t = firstWord(ix, q);
    if (t < 0) {
      return null;
    }
    int sentence = ix.token(t).sentence();
    for (int steps = 0; steps < 12; steps++) {
      var h = ix.head(t);
      if (h == null || h.governor() < 0 || ix.token(h.governor()).sentence() != sentence) {
        return h == null || h.governor() < 0 ? writerVerbUnder(ix, speakers, t, q, quoted) : null;
      }
      t = h.governor();
      if (insideAny(quoted, ix.token(t).span().start())) {
        Speaker sp = personSubjectBefore(ix, speakers, t, q, quoted);
        if (sp != null) {
          return sp; // the writer names the subject, the quotation gives its words: "She “could not get food.”"
        }
        continue;
      }
      if (!ix.pos(t).startsWith("VB")) {
        continue;
      }
      for (var d : ix.children(t)) {
        if (d.relation().equals("nsubj") && !insideAny(quoted, ix.token(d.dependent()).span().start())) {
          Speaker sp = speakers.resolve(d.dependent());
          if (sp.name() != null) {
            return sp;
          }
          break; // "that", "the plan": no one named; the clause above may name who speaks
        }
      }
    }
    return null;
  }

  private static int firstWord(DocIndex ix, CharSpan q) {
    for (int t = ix.tokenAt(q.start()); t >= 0 && t < ix.size() && ix.token(t).span().start() < q.end(); t++) {
      if (!ix.isPunct(t) && ix.token(t).span().start() >= q.start()) {
        return t;
      }
    }
    return -1;
  }

  /**
   * Whether nothing of the writer's own stands between the previous quotation and this one, besides the
   * sentence that named the previous one's speaker.
   */
  static boolean adjacent(DocIndex ix, List<CharSpan> quoted, int previousEnd, int previousCueSentence,
      CharSpan q) {
    if (previousEnd < 0 || previousEnd > q.start()) {
      return false;
    }
    int from = ix.sentenceAt(Math.max(0, previousEnd - 1)).index();
    int to = ix.sentenceAt(q.start()).index();
    for (int s = from; s <= to; s++) {
      if (s == previousCueSentence) {
        continue;
      }
      var sent = ix.sentence(s);
      for (int t = sent.tokens().start(); t < sent.tokens().end(); t++) {
        int off = ix.token(t).span().start();
        if (off >= previousEnd && off < q.start() && !ix.isPunct(t) && !insideAny(quoted, off)
            && Character.isLetterOrDigit(ix.token(t).text().charAt(0))) {
          return false;
        }
      }
    }
    return true;
  }

  /** A speech cue in the sentence just before the quotation's, outside every quotation ("X said ... ."). */
  static Cue introducing(DocIndex ix, SpeakerResolver speakers, List<Cue> cues, CharSpan q,
      List<CharSpan> quoted) {
    int first = ix.sentenceAt(q.start()).index();
    Cue best = null;
    for (Cue c : cues) {
      if (c.sentence() != first - 1 || nested(ix, c, cues) || c.speaker().name() == null) {
        continue;
      }
      if (insideAny(quoted, ix.token(c.cueToken()).span().start())
          || insideAny(quoted, ix.token(c.sourceToken()).span().start())) {
        continue;
      }
      if (best == null) {
        best = c; // the first, main-clause cue
      }
    }
    if (best == null && first > 0) {
      return subjectOf(ix, speakers, ix.sentence(first - 1), quoted);
    }
    if (best != null) {
      var s = ix.sentence(first - 1);
      for (CharSpan o : quoted) {
        if (o.start() >= s.span().start() && o.end() <= s.span().end()) {
          return null; // that sentence quotes someone already: its cue is spent
        }
      }
    }
    return best;
  }

  /**
   * "Minister Okafor defended the decision. “...”": the named person who is the subject of the sentence
   * before (or the person its subject "he"/"she" stands for), as a cue without a speech verb; null when that
   * sentence quotes someone or has no such subject.
   */
  private static Cue subjectOf(DocIndex ix, SpeakerResolver speakers, org.sitrep.core.doc.Sentence s,
      List<CharSpan> quoted) {
    for (CharSpan o : quoted) {
      if (o.start() >= s.span().start() && o.end() <= s.span().end()) {
        return null;
      }
    }
    for (int root = s.tokens().start(); root < s.tokens().end(); root++) {
      var h = ix.head(root);
      if (h != null || !ix.pos(root).startsWith("VB") && !ix.pos(root).startsWith("JJ")) {
        continue;
      }
      // the root's subject; where it has none (a fronted participle the parser made the root, as a verb or an
      // adjective: "Terrified by the fighting, she left her home"), that of the clause beside it
      List<Integer> clauses = new ArrayList<>(List.of(root));
      if (ix.children(root, "nsubj").isEmpty()) {
        for (var d : ix.children(root)) {
          if ((d.relation().equals("parataxis") || d.relation().startsWith("conj")) && ix.pos(d.dependent()).startsWith("VB")) {
            clauses.add(d.dependent());
          }
        }
      }
      for (int t : clauses) {
        Cue c = subjectCue(ix, speakers, s, t);
        if (c != null || !ix.children(t, "nsubj").isEmpty()) {
          return c;
        }
      }
    }
    return null;
  }

  /** The cue a clause's subject gives: a named person, or "he"/"she" resolved to one; else null. */
  private static Cue subjectCue(DocIndex ix, SpeakerResolver speakers, org.sitrep.core.doc.Sentence s, int t) {
    for (var d : ix.children(t)) {
      if (!d.relation().equals("nsubj")) {
        continue;
      }
      if (speakers.names().person(d.dependent()) != null) {
        Speaker sp = speakers.resolve(d.dependent());
        return new Cue(t, null, d.dependent(), sp, s.span(), s.index());
      }
      if (SpeakerResolver.PERSONAL.contains(ix.lower(d.dependent()))) {
        // "Years ago she left her homeland. “My house has been taken.”": the person the pronoun stands for
        Speaker sp = speakers.resolve(d.dependent());
        return sp.name() == null ? null : new Cue(t, null, d.dependent(), sp, s.span(), s.index());
      }
    }
    return null;
  }

  /** direct, partial, or null where the marks do not quote anyone. */
  static String kind(DocIndex ix, CharSpan q) {
    String text = ix.text();
    String inside = q.of(text).strip();
    if (inside.isEmpty()) {
      return null;
    }
    int lineStart = Math.max(text.lastIndexOf('\n', q.start()) + 1, q.start() - 80);
    String before = text.substring(Math.max(0, lineStart), Math.max(lineStart, q.start() - 1));
    if (SIGN_CONTEXT.matcher(before).matches()) {
      return null; // a banner's slogan, a title, a name
    }
    int a = ix.tokenAt(q.start());
    int words = 0;
    boolean verb = false;
    boolean nounPhrase = true;
    boolean capitalised = true;
    for (int t = a; t >= 0 && t < ix.size() && ix.token(t).span().start() < q.end(); t++) {
      String pos = ix.pos(t);
      if (ix.isPunct(t) || pos.equals("``") || pos.equals("''")) {
        continue;
      }
      words++;
      verb |= pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG") || pos.equals("MD");
      nounPhrase &= NP_TAGS.contains(pos);
      String w = ix.token(t).text();
      if (pos.startsWith("NN") || pos.startsWith("JJ")) {
        capitalised &= Character.isUpperCase(w.charAt(0));
      }
    }
    if (words == 0) {
      return null;
    }
    boolean upperStart = Character.isUpperCase(inside.codePointAt(0)) || inside.startsWith("...")
        || inside.startsWith("\u2026") || inside.startsWith("[");
    if (words <= 4 && !verb && nounPhrase) {
      return null; // a scare-quoted or named term: "peace" forces, a "de-escalation zone"
    }
    if (words <= 6 && !verb && capitalised && upperStart) {
      return null; // a quoted title or name
    }
    if (upperStart && (verb || words >= 4) || startsParagraph(text, q) && verb) {
      return "direct";
    }
    return "partial";
  }

  /** The cue of the quote's sentences nearest to it and outside every quotation. */
  static Cue cueFor(DocIndex ix, List<Cue> cues, CharSpan q, List<CharSpan> quoted) {
    int first = ix.sentenceAt(q.start()).index();
    int last = ix.sentenceAt(Math.max(q.start(), q.end() - 1)).index();
    // a closing mark often ends the sentence before "he said."; look one sentence further for a short one
    if (last + 1 < ix.sentences().size()) {
      var nx = ix.sentence(last + 1);
      int gapStart = q.end();
      if (nx.span().start() - gapStart < 4 && nx.tokens().size() <= 8) {
        last++;
      }
    }
    Cue best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Cue c : cues) {
      if (c.sentence() < first || c.sentence() > last) {
        continue;
      }
      if (nested(ix, c, cues)) {
        continue; // "X said the government would respond ...": the outer cue speaks
      }
      int off = ix.token(c.cueToken()).span().start();
      if (insideAny(quoted, off) || insideAny(quoted, ix.token(c.sourceToken()).span().start())) {
        continue;
      }
      int dist = off >= q.end() ? off - q.end() : q.start() - off;
      if (dist < 0) {
        continue;
      }
      if (dist < bestDist) {
        best = c;
        bestDist = dist;
      }
    }
    return best;
  }

  private static boolean nested(DocIndex ix, Cue c, List<Cue> cues) {
    int off = ix.token(c.cueToken()).span().start();
    for (Cue o : cues) {
      if (o != c && o.sentence() == c.sentence() && o.content().contains(off)) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideAny(List<CharSpan> spans, int off) {
    for (CharSpan s : spans) {
      if (s.contains(off)) {
        return true;
      }
    }
    return false;
  }

  static boolean startsParagraph(String text, CharSpan q) {
    int i = q.start() - 1;
    while (i >= 0 && text.charAt(i) != '\n' && (Character.isWhitespace(text.charAt(i)) || isMark(text.charAt(i)))) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB';
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
