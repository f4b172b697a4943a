package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.Token;
import org.sitrep.core.doc.TokenSpan;
import org.sitrep.core.model.EntityRecord;

/** Within-article entity resolution (names, organisations, actor codes) over sentences written for these tests. */
class EntitiesTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void actors_namesResolveWithinTheArticle() {
    Document d = EventCoderTest.run("Kenya's President Uhuru Kenyatta met aid groups on Monday. Mr. Kenyatta said the talks went well. "
        + "Later, Kenyatta travelled to Mombasa.", "2021-03-10");
    List<EntityRecord> people = d.get(Layers.ENTITIES).stream().filter(e -> e.type().equals("PERSON")).toList();
    assertTrue(people.size() >= 3, people::toString);
    for (EntityRecord p : people) {
      assertEquals("Uhuru Kenyatta", p.name(), p::toString);
      assertEquals("KEN", p.actor().country());
      assertEquals("GOV", p.actor().sector());
    }
  }

  @Test
  void actors_countryBeforeATitleWithOf() {
    Document d = EventCoderTest.run("Canadian Minister of Defence Claire Dubois met reporters in Ottawa. Dubois said the talks went well.",
        "2021-03-10");
    List<EntityRecord> people = d.get(Layers.ENTITIES).stream().filter(e -> e.type().equals("PERSON")).toList();
    assertFalse(people.isEmpty());
    for (EntityRecord p : people) {
      assertNotNull(p.actor(), p::toString);
      assertEquals("CAN", p.actor().country(), p::toString);
    }
  }

  @Test
  void actors_diacriticsFoldAndLongestFormIsCanonical() {
    Document d = EventCoderTest.run("Turkish President Recep Tayyip Erdoğan spoke in Ankara. Erdogan later left for Baku.", "2021-03-10");
    List<EntityRecord> people = d.get(Layers.ENTITIES).stream().filter(e -> e.type().equals("PERSON")).toList();
    assertEquals(2, people.size(), people::toString);
    assertEquals("Recep Tayyip Erdoğan", people.get(1).name());
    assertEquals("TUR", people.get(1).actor().country());
  }

  @Test
  void actors_organisationsFromTableAndName() {
    Document d = EventCoderTest.run("The United Nations and the Syrian Observatory for Human Rights reported the strikes.",
        "2021-03-10");
    List<EntityRecord> orgs = d.get(Layers.ENTITIES).stream().filter(e -> e.type().equals("ORGANIZATION")).toList();
    assertTrue(orgs.stream().anyMatch(o -> o.actor() != null && "UNO".equals(o.actor().country())), orgs::toString);
    assertTrue(orgs.stream().anyMatch(o -> o.actor() != null && "SYR".equals(o.actor().country())
        && "NGO".equals(o.actor().sector())), orgs::toString);
  }

  /** Tokens of a sentence with the given NER tags ("O" where not given), POS NNP for capitalised words. */
  private static List<Token> tokens(String text, String... ner) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String pos = w.equals("and") ? "CC" : Character.isUpperCase(w.charAt(0)) ? "NNP" : "VBD";
      out.add(new Token(i, 0, w, new CharSpan(at, at + w.length()), pos, w, i < ner.length ? ner[i] : "O"));
      at += w.length() + 1;
    }
    return out;
  }

  private static Mention person(List<Token> tokens, String text, int from, int to) {
    CharSpan span = new CharSpan(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    return new Mention(new TokenSpan(from, to), span, span.of(text), "PERSON");
  }

  @Test
  void names_theLastPlaceOfAListRunIntoANameIsCutOff() {
    String text = "Asia and Europe Schmidt visited Paris";
    List<Token> ts = tokens(text, "LOCATION", "O", "PERSON", "PERSON", "O", "CITY");
    Mention m = Entities.withoutLeadingPlace(person(ts, text, 2, 4), ts, Set.of("asia", "europe", "paris"), text);
    assertEquals("Schmidt", m.text());
    assertEquals(3, m.tokens().start());
  }

  @Test
  void names_aFirstNameThatIsAlsoAPlaceStaysWithoutAListOfPlaces() {
    String text = "Minister Aden Hassan visited Aden";
    List<Token> ts = tokens(text, "TITLE", "PERSON", "PERSON", "O", "CITY");
    Mention m = person(ts, text, 1, 3);
    assertEquals(m, Entities.withoutLeadingPlace(m, ts, Set.of("aden"), text));
    String listed = "Paris and Jordan Peterson spoke";
    List<Token> ls = tokens(listed, "CITY", "O", "PERSON", "PERSON");
    Mention j = person(ls, listed, 2, 4);
    assertEquals(j, Entities.withoutLeadingPlace(j, ls, Set.of("paris"), listed), "Jordan is no place of this text");
  }
}
