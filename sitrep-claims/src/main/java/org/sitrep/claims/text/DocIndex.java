package org.sitrep.claims.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.Token;

/**
 * Read-only lookups over one document's NLP layers that the claims stages share: the parse as head and
 * child lists, the token at a character offset, the mention covering a token. Built once per document
 * and stage call; never stored in a stage.
 */
public final class DocIndex {
  private final Document doc;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<List<Dependency>> heads;
  private final List<List<Dependency>> children;
  private final Mention[] mentionAt;

  public DocIndex(Document doc) {
    this.doc = doc;
    this.tokens = doc.list(Layers.TOKENS);
    this.sentences = doc.list(Layers.SENTENCES);
    int n = tokens.size();
    heads = new ArrayList<>(n);
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      heads.add(new ArrayList<>(2));
      children.add(new ArrayList<>(3));
    }
    for (List<Dependency> arcs : doc.list(Layers.DEPENDENCIES)) {
      for (Dependency d : arcs) {
        if (d.dependent() < 0 || d.dependent() >= n) {
          continue;
        }
        heads.get(d.dependent()).add(d);
        if (d.governor() >= 0 && d.governor() < n) {
          children.get(d.governor()).add(d);
        }
      }
    }
    mentionAt = new Mention[n];
    for (Mention m : doc.list(Layers.ENTITY_MENTIONS)) {
      for (int i = m.tokens().start(); i < m.tokens().end() && i < n; i++) {
        mentionAt[i] = m;
      }
    }
  }

  public Document doc() {
    return doc;
  }

  public String text() {
    return doc.text();
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public Sentence sentence(int i) {
    return sentences.get(i);
  }

  /** Arcs whose dependent is {@code tok} (several in enhanced++ graphs). */
  public List<Dependency> heads(int tok) {
    return heads.get(tok);
  }

  /**
   * The main head arc of a token, null for roots. Enhanced++ graphs give some tokens several heads (the
   * antecedent of a relative clause is also its verb's subject; conjuncts share dependents): arcs from a
   * token's own descendants and {@code ref} arcs are dropped, and a non-propagated arc is preferred.
   */
  public Dependency head(int tok) {
    List<Dependency> hs = heads.get(tok);
    if (hs.isEmpty()) {
      return null; // a token of a sentence that was not parsed (too long for the parser)
    }
    if (hs.size() == 1) {
      Dependency d = hs.get(0);
      return d.isRoot() ? null : d;
    }
    Dependency best = null;
    for (Dependency d : hs) {
      if (d.isRoot()) {
        return null;
      }
      if (d.relation().equals("ref") || descends(d.governor(), tok)) {
        continue;
      }
      if (best == null || basicRank(d) < basicRank(best)) {
        best = d;
      }
    }
    return best != null ? best : hs.get(0);
  }

  /** Whether {@code node} can be reached from {@code from} along child arcs (a few steps at most). */
  private boolean descends(int node, int from) {
    ArrayList<Integer> frontier = new ArrayList<>(List.of(from));
    for (int depth = 0; depth < 6 && !frontier.isEmpty(); depth++) {
      ArrayList<Integer> next = new ArrayList<>();
      for (int f : frontier) {
        for (Dependency d : children.get(f)) {
          if (d.dependent() == node) {
            return true;
          }
          if (d.dependent() != from && !d.relation().startsWith("conj")) {
            next.add(d.dependent());
          }
        }
      }
      frontier = next;
    }
    return false;
  }

  private static int basicRank(Dependency d) {
    String r = d.relation();
    return r.contains("xsubj") ? 2 : r.startsWith("conj") ? 0 : 1;
  }

  public List<Dependency> children(int tok) {
    return children.get(tok);
  }

  /** Children whose relation is {@code rel} or starts with {@code rel + ":"}. */
  public List<Integer> children(int tok, String rel) {
    List<Integer> out = new ArrayList<>(2);
    for (Dependency d : children.get(tok)) {
      if (relIs(d.relation(), rel)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  public static boolean relIs(String relation, String rel) {
    return relation.equals(rel) || relation.startsWith(rel + ":");
  }

  public Mention mention(int tok) {
    return tok >= 0 && tok < mentionAt.length ? mentionAt[tok] : null;
  }

  public String lower(int tok) {
    return tokens.get(tok).text().toLowerCase(Locale.ROOT);
  }

  public String lemma(int tok) {
    Token t = tokens.get(tok);
    String l = t.lemma() != null ? t.lemma() : t.text();
    return l.toLowerCase(Locale.ROOT);
  }

  public String pos(int tok) {
    String p = tokens.get(tok).pos();
    return p == null ? "" : p;
  }

  /** Index of the first token that ends after {@code offset}, or -1. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    int ans = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() > offset) {
        ans = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return ans;
  }

  public Sentence sentenceOfToken(int tok) {
    return sentences.get(tokens.get(tok).sentence());
  }

  /** The sentence containing character {@code offset}, or the nearest one before it. */
  public Sentence sentenceAt(int offset) {
    int t = tokenAt(offset);
    if (t < 0) {
      return sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
    }
    return sentenceOfToken(t);
  }

  /** Every token of the subtree under {@code root} along basic-tree arcs, as a sorted index array. */
  public int[] subtree(int root) {
    Sentence s = sentenceOfToken(root);
    boolean[] in = new boolean[s.tokens().size()];
    int base = s.tokens().start();
    ArrayList<Integer> stack = new ArrayList<>();
    stack.add(root);
    in[root - base] = true;
    while (!stack.isEmpty()) {
      int t = stack.remove(stack.size() - 1);
      for (Dependency d : children.get(t)) {
        int c = d.dependent();
        if (c - base < 0 || c - base >= in.length || in[c - base]) {
          continue;
        }
        Dependency h = head(c);
        if (h == null || h.governor() != t) {
          continue; // follow only the basic tree, not enhanced shortcuts
        }
        in[c - base] = true;
        stack.add(c);
      }
    }
    int[] out = new int[in.length];
    int k = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        out[k++] = base + i;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** The characters from the first to the last token of {@code toks} (sorted), trimmed of edge punctuation. */
  public CharSpan span(int[] toks) {
    int a = 0;
    int b = toks.length - 1;
    while (a < b && isPunct(toks[a])) {
      a++;
    }
    while (b > a && isPunct(toks[b])) {
      b--;
    }
    return new CharSpan(tokens.get(toks[a]).span().start(), tokens.get(toks[b]).span().end());
  }

  public boolean isPunct(int tok) {
    String p = pos(tok);
    return p.equals(",") || p.equals(".") || p.equals(":") || p.equals("``") || p.equals("''") || p.equals("-LRB-")
        || p.equals("-RRB-") || p.equals("HYPH");
  }

  public String text(CharSpan s) {
    return s.of(doc.text());
  }
}
