package org.sitrep.claims.attribution;

import java.util.List;
import java.util.Set;
import org.sitrep.claims.attribution.Names.Named;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Sentence;

/**
 * Resolves the subject of a cue verb to a {@link Speaker} by rules over the parse and the entity
 * mentions (no statistical coreference): a named mention gives its canonical name; "he"/"she" the
 * nearest earlier person who was a sentence subject (else the nearest person); a title ("the
 * president", "the spokesman") the nearest earlier person introduced with that title; a report noun
 * ("a statement by the ministry") the organisation it names.
 */
public final class SpeakerResolver {
  static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
  static final Set<String> TITLES = Set.of("president", "minister", "spokesman", "spokeswoman", "spokesperson",
      "leader", "chief", "secretary", "general", "commander", "governor", "mayor", "ambassador", "envoy", "premier",
      "chancellor", "king", "queen", "prince", "senator", "director", "chairman", "chairwoman", "ceo", "head",
      "prosecutor", "judge", "official", "officer", "representative", "emir", "sheikh", "pope", "cleric",
      "coordinator", "commissioner", "analyst", "founder", "executive");
  static final Set<String> REPORT_NOUNS = Set.of("statement", "report", "data", "figures", "figure", "estimate",
      "estimates", "count", "tally", "toll", "announcement", "release", "communique", "tweet", "post", "source",
      "sources", "survey", "study", "analysis", "spokesman", "spokeswoman", "spokesperson");
  private static final int LOOKBACK_SENTENCES = 6;

  private final DocIndex ix;
  private final Names names;
  private final List<CharSpan> quoted;

  /** {@code quoted}: spans inside quotation marks, whose mentions are not candidates for pronouns. */
  public SpeakerResolver(DocIndex ix, Names names, List<CharSpan> quoted) {
    this.ix = ix;
    this.names = names;
    this.quoted = quoted;
  }

  public Names names() {
    return names;
  }

  /** The speaker a subject (or source) token stands for; never null, though its name may be. */
  public Speaker resolve(int tok) {
    Named n = names.at(tok);
    if (n != null) {
      return new Speaker(n.name(), n.text(), n.actor());
    }
    String w = ix.lower(tok);
    if (ix.pos(tok).startsWith("NNP")) {
      String canon = names.canonicalOf(ix.token(tok).text());
      if (canon != null) {
        return new Speaker(canon, phrase(tok), null); // a last name the tagger did not mark here
      }
    }
    if (PERSONAL.contains(w)) {
      Named p = focusBefore(tok);
      return p == null ? new Speaker(null, ix.token(tok).text(), null)
          : new Speaker(p.name(), ix.token(tok).text(), p.actor());
    }
    // a named mention inside the phrase: "U.N. regional spokesman David Swanson", "a statement by the ministry"
    Named inside = namedInside(tok);
    String phrase = phrase(tok);
    if (inside != null) {
      return new Speaker(inside.name(), phrase, inside.actor());
    }
    String lemma = ix.lemma(tok);
    if (TITLES.contains(lemma)) {
      Named p = titled(lemma, tok);
      if (p != null) {
        return new Speaker(p.name(), phrase, p.actor());
      }
    }
    return new Speaker(null, phrase, names.actorAt(ix.token(tok).span().start(), ix.token(tok).span().end()));
  }

  /** The noun phrase headed by {@code tok}: its determiners, modifiers and compounds, as written. */
  public String phrase(int tok) {
    int a = tok;
    int b = tok;
    for (Dependency d : ix.children(tok)) {
      String r = d.relation();
      int c = d.dependent();
      if (ix.head(c) == null || ix.head(c).governor() != tok) {
        continue;
      }
      if (r.equals("det") || r.equals("amod") || r.startsWith("compound") || r.equals("flat") || r.equals("nmod:poss")
          || r.equals("nummod") || r.startsWith("nmod") && c > tok && !r.equals("nmod:poss")) {
        int[] sub = ix.subtree(c);
        a = Math.min(a, sub[0]);
        b = Math.max(b, sub[sub.length - 1]);
      }
    }
    while (a < b && ix.isPunct(a)) {
      a++;
    }
    while (b > a && ix.isPunct(b)) {
      b--;
    }
    return ix.text().substring(ix.token(a).span().start(), ix.token(b).span().end());
  }

  private Named namedInside(int tok) {
    Named best = null;
    for (Dependency d : ix.children(tok)) {
      String r = d.relation();
      if (!(r.startsWith("compound") || r.equals("flat") || r.equals("appos") || r.equals("nmod:by")
          || r.equals("nmod:of") || r.equals("nmod:from") || r.equals("nmod:poss"))) {
        continue;
      }
      Named n = names.at(d.dependent());
      if (n == null) {
        continue;
      }
      boolean person = n.type().equals("PERSON");
      // a person named in apposition or compound wins; "by"/"of" organisations for report nouns
      if (best == null || person && !best.type().equals("PERSON")) {
        best = n;
      }
    }
    return best;
  }

  private boolean inQuote(int tok) {
    int off = ix.token(tok).span().start();
    for (CharSpan q : quoted) {
      if (q.contains(off)) {
        return true;
      }
    }
    return false;
  }

  /** The person "he"/"she" at {@code tok} most likely stands for. */
  public Named focusBefore(int tok) {
    int si = ix.token(tok).sentence();
    Named nearest = null;
    for (int s = si; s >= 0 && s >= si - LOOKBACK_SENTENCES; s--) {
      Sentence sent = ix.sentence(s);
      int endTok = s == si ? tok : sent.tokens().end();
      Named subject = null;
      for (int i = sent.tokens().start(); i < endTok; i++) {
        Named n = names.at(i);
        if (n == null || !n.type().equals("PERSON") || inQuote(i)) {
          continue;
        }
        if (subject == null && isSubject(n)) {
          subject = n;
        }
        if (s != si || i < tok) {
          if (nearest == null || nearestSentence(nearest) < s || nearestSentence(nearest) == s
              && nearest.firstToken() < n.firstToken()) {
            nearest = n;
          }
        }
        i = n.lastToken();
      }
      if (subject != null) {
        return subject;
      }
    }
    return nearest;
  }

  private int nearestSentence(Named n) {
    return ix.token(n.firstToken()).sentence();
  }

  private boolean isSubject(Named n) {
    for (int i = n.firstToken(); i <= n.lastToken(); i++) {
      Dependency h = ix.head(i);
      if (h != null && (h.relation().equals("nsubj") || h.relation().equals("nsubj:pass"))) {
        return true;
      }
      if (h != null && (h.relation().startsWith("compound") || h.relation().equals("flat")) && h.governor() >= 0) {
        Dependency hh = ix.head(h.governor());
        if (hh != null && hh.relation().equals("nsubj") && (h.governor() < n.firstToken()
            || h.governor() > n.lastToken())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The nearest earlier person introduced with a title word ("President Erdogan", "Erdogan, the president"). */
  private Named titled(String title, int tok) {
    Named best = null;
    for (Named n : names.all()) {
      if (!n.type().equals("PERSON") || n.firstToken() >= tok) {
        continue;
      }
      if (hasTitle(n, title) && (best == null || n.firstToken() > best.firstToken())) {
        best = n;
      }
    }
    return best;
  }

  private boolean hasTitle(Named n, String title) {
    int sentStart = ix.sentenceOfToken(n.firstToken()).tokens().start();
    for (int i = n.firstToken() - 1; i >= Math.max(sentStart, n.firstToken() - 5); i--) {
      if (ix.lemma(i).equals(title)) {
        return true;
      }
      if (ix.pos(i).startsWith("VB") || ix.pos(i).equals(",")) {
        break;
      }
    }
    for (int i = n.firstToken(); i <= n.lastToken(); i++) {
      for (Dependency d : ix.children(i)) {
        if (d.relation().equals("appos") || d.relation().startsWith("compound")) {
          for (int t : ix.subtree(d.dependent())) {
            if (ix.lemma(t).equals(title)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
