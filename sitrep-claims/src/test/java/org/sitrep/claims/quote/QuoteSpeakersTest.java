package org.sitrep.claims.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.QuoteRecord;

/** Speakers across sentences (the discourse model), on one-paragraph articles written for these tests. */
class QuoteSpeakersTest {

  /** Paragraphs run together (as in many feeds): no line breaks to lean on. */
  static final String HEARING = "Lawmakers met on Monday to discuss the harbor dispute. "
      + "Senator Paula Grant opened the hearing. "
      + "“The port has been closed for three weeks,” she said. "
      + "Harbor master Tomas Berg said the closure cost the town dearly. "
      + "“We lose money every single day,” he said. "
      + "“Ships are waiting outside the bay,” said Grant. "
      + "“Nobody can tell me when they will be allowed in,” she added. "
      + "Foreign Minister Lena Okafor defended the decision on Tuesday. "
      + "“Our first duty is the safety of the crews.” "
      + "The minister called the protests “an attempt to frighten the government.” "
      + "The town council said in a statement that it would appeal. "
      + "“The council will not accept a closure without end,” it said.";

  /** A speaker introduced by a description and a pronoun whose gender the article shows. */
  static final String FLOODS = "Mayor Daniel Ruiz toured the flooded streets on Friday with aid worker Sofia Mendes. "
      + "Ruiz said he had asked the army for boats. "
      + "Mendes said the shelters were full. "
      + "“We need blankets and clean water before the night,” she said. "
      + "“The river is still rising,” the mayor warned. "
      + "\"The water came into the house at night,\" fretted Ana Costa, a farmer from the valley. "
      + "\"Nobody warned the villages upstream in time,\" said relief expert Paul Nwosu of the Red Cross. "
      + "Ruiz criticised rules that delay repairs and “punish the families who stayed behind.”";

  /**
   * Quotations whose speaker only a pronoun names: a partial quote under a verb the parser hung below the
   * quoted words, a quotation after a sentence whose subject "she" stands beside a fronted participle, and a
   * quoted predicate whose subject the writer gives.
   */
  static final String CAMP = "Kenya's ambassador to Uganda, Peter Mwangi, accuses Nairobi of ignoring the camps. "
      + "He contends the government's deadline \"is because of the border quarrel.\" "
      + "Amina Yusuf, a grandmother of six, fled the fighting in 2012. "
      + "\"I will not go back,\" she said. "
      + "Years ago, frightened by the raids, she left her village and she is afraid of returning now. "
      + "\"My house has been burned. I have no cattle left.\" "
      + "The camp holds more than 200,000 people. "
      + "Later she and her grandchildren \"could not find food or clean water.\"";

  private static QuoteRecord quote(String id, String text, String start) {
    return QuoteFixture.quote(id, text, "2024-05-02", start);
  }

  @Test
  void pronounAfterQuoteIsTheLastSpeakerOfThatGender() {
    assertEquals("Paula Grant", quote("hearing", HEARING, "The port has").speaker());
    assertEquals("Tomas Berg", quote("hearing", HEARING, "We lose money").speaker());
    assertEquals("Paula Grant", quote("hearing", HEARING, "Nobody can tell").speaker());
  }

  @Test
  void invertedCueAfterQuoteNamesTheSpeaker() {
    QuoteRecord q = quote("hearing", HEARING, "Ships are waiting");
    assertEquals("Paula Grant", q.speaker());
    assertEquals("direct", q.kind());
  }

  @Test
  void quoteWithoutCueTakesTheSpeakerJustIntroduced() {
    assertEquals("Lena Okafor", quote("hearing", HEARING, "Our first duty").speaker());
  }

  @Test
  void partialQuoteTakesTheSubjectOfItsClauseResolvedByTitle() {
    QuoteRecord q = quote("hearing", HEARING, "an attempt to frighten");
    assertEquals("partial", q.kind());
    assertEquals("Lena Okafor", q.speaker());
  }

  @Test
  void itStandsForTheBodyThatSpokeLast() {
    QuoteRecord q = quote("hearing", HEARING, "The council will not");
    assertEquals("it", q.speakerText());
    assertNotNull(q.speaker(), q.toString());
    assertEquals(true, q.speaker().toLowerCase().contains("council"), q.toString());
  }

  @Test
  void sheSkipsAMaleSubjectAndTheRoleNounFindsItsHolder() {
    assertEquals("Sofia Mendes", quote("floods", FLOODS, "We need blankets").speaker());
    assertEquals("Daniel Ruiz", quote("floods", FLOODS, "The river is").speaker());
  }

  @Test
  void aFragmentInARelativeClauseTakesTheSubjectOfTheClauseAbove() {
    QuoteRecord q = quote("floods", FLOODS, "punish the families");
    assertEquals("partial", q.kind());
    assertEquals("Daniel Ruiz", q.speaker());
  }

  @Test
  void anyVerbRightAfterAQuotationWithANamedSpeakerIsACue() {
    assertEquals("Ana Costa", quote("floods", FLOODS, "The water came").speaker());
    assertEquals("Paul Nwosu", quote("floods", FLOODS, "Nobody warned").speaker());
  }

  @Test
  void partialQuoteUnderAVerbTheParserHungBelowItTakesThatVerbsResolvedSubject() {
    QuoteRecord q = quote("camp", CAMP, "is because of the border");
    assertEquals("partial", q.kind());
    assertEquals("Peter Mwangi", q.speaker());
  }

  @Test
  void quoteAfterASentenceAboutHerTakesThePersonThePronounStandsFor() {
    assertEquals("Amina Yusuf", quote("camp", CAMP, "My house has been burned").speaker());
  }

  @Test
  void quotedPredicateTakesTheSubjectTheWriterGives() {
    QuoteRecord q = quote("camp", CAMP, "could not find food");
    assertEquals("partial", q.kind());
    assertEquals("Amina Yusuf", q.speaker());
  }
}
