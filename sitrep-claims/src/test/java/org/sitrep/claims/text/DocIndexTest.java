package org.sitrep.claims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.Token;
import org.sitrep.core.doc.TokenSpan;

class DocIndexTest {
  @Test
  void head_ofATokenWithNoArcIsNull() {
    // "Two died ." parsed, except that the full stop has no arc (as in a sentence the parser skipped)
    Document d = Document.of(new Article("d", "Two died .", null, null, null, null, "en", "test"))
        .with(Layers.TOKENS, List.of(new Token(0, 0, "Two", new CharSpan(0, 3), "CD", "two", "NUMBER"),
            new Token(1, 0, "died", new CharSpan(4, 8), "VBD", "die", "O"),
            new Token(2, 0, ".", new CharSpan(9, 10), ".", ".", "O")))
        .with(Layers.SENTENCES, List.of(new Sentence(0, new CharSpan(0, 10), new TokenSpan(0, 3))))
        .with(Layers.DEPENDENCIES, List.of(List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"))));
    DocIndex ix = new DocIndex(d);
    assertEquals(1, ix.head(0).governor());
    assertNull(ix.head(1), "the root");
    assertNull(ix.head(2), "no arc at all");
  }
}
