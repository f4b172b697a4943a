package org.sitrep.places;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.Token;
import org.sitrep.core.doc.TokenSpan;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.TextSpan;

/**
 * A one-sentence document parsed by hand, for tests that must not depend on CoreNLP's model: tokens are
 * written {@code text/POS/head/relation} or {@code text/POS/head/relation/NER} (head is the 0-based token index, -1 for the root); lemmas are
 * the lower-cased text with a final "s" of a plural noun dropped.
 */
final class HandParse {
  private final List<Token> tokens = new ArrayList<>();
  private final List<Dependency> deps = new ArrayList<>();
  private final List<PlaceRecord> places = new ArrayList<>();
  private final List<EventRecord> events = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  HandParse(String... parsed) {
    for (String t : parsed) {
      String[] f = t.split("/");
      if (f.length != 4 && f.length != 5) {
        throw new IllegalArgumentException("write a token as text/POS/head/relation[/NER], not " + t);
      }
      if (!text.isEmpty()) {
        text.append(' ');
      }
      int start = text.length();
      text.append(f[0]);
      String lemma = f[0].toLowerCase(java.util.Locale.ROOT);
      if (f[1].equals("NNS") && lemma.endsWith("s")) {
        lemma = lemma.substring(0, lemma.length() - 1);
      }
      tokens.add(new Token(tokens.size(), 0, f[0], new CharSpan(start, text.length()), f[1], lemma, f.length == 5 ? f[4] : "O"));
      deps.add(new Dependency(Integer.parseInt(f[2]), tokens.size() - 1, f[3]));
    }
  }

  /** A resolved place over tokens [from, to) with a GeoNames feature code. */
  HandParse place(int from, int to, String featureCode) {
    int s = tokens.get(from).span().start();
    int e = tokens.get(to - 1).span().end();
    places.add(new PlaceRecord(text.substring(s, e), s, e, text.substring(s, e), (long) places.size() + 1,
        featureCode, "XX", null, 1.0, 1.0, null));
    return this;
  }

  /** An event whose trigger is the token at {@code i}. */
  HandParse event(int i) {
    Token t = tokens.get(i);
    events.add(new EventRecord("d#e" + (events.size() + 1), "ASSAULT", null, null, "190", 4, -9.0, null, null,
        null, null, null, null, "occurred", null, null,
        new TextSpan(t.span().start(), t.span().end(), t.text(), null)));
    return this;
  }

  Document doc() {
    return Document.of(new Article("d", text.toString(), null, null, null, null, "en", "test"))
        .with(Layers.TOKENS, List.copyOf(tokens))
        .with(Layers.SENTENCES, List.of(new Sentence(0, new CharSpan(0, text.length()),
            new TokenSpan(0, tokens.size()))))
        .with(Layers.DEPENDENCIES, List.of(List.copyOf(deps)))
        .with(Layers.PLACES, List.copyOf(places))
        .with(Layers.ENTITY_MENTIONS, List.of())
        .with(Layers.EVENTS, List.copyOf(events));
  }

  /** The text of the place the stage gives the first event, or null. */
  String location() {
    PlaceRecord p = new EventLocationStage().locate(doc()).get("d#e1");
    return p == null ? null : p.text();
  }
}
