package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;

class EventLocationStageTest {
  private static PlaceRecord place(String text) {
    return new PlaceRecord(text, 0, text.length(), text, 1L, "PCLI", "XX", null, 0.0, 0.0, null);
  }

  private static EventRecord clash(String actor, String recipient) {
    return new EventRecord("d#e1", "ASSAULT", null, null, "190", 4, -10.0,
        List.of(new ActorRecord(actor, null, "AAA", "GOV", null)),
        List.of(new ActorRecord(recipient, null, "BBB", "MIL", null)), null, null, null, null, "occurred", null, null,
        null);
  }

  @Test
  void participant_actorOfTheEventIsNotItsPlace() {
    assertTrue(EventLocationStage.participant(place("Kenya"), clash("Kenya", "the rebels")));
  }

  @Test
  void participant_recipientPlaceCanBeWhereItHappened() {
    assertFalse(EventLocationStage.participant(place("Kismayo"), clash("the rebels", "Kismayo")));
  }

  @Test
  void participant_otherPlaceIsACandidate() {
    assertFalse(EventLocationStage.participant(place("Somalia"), clash("Kenya", "the rebels")));
  }

  // "Farmers marched through Ghana as ministers met in Accra ."
  private static HandParse marchedAsMet() {
    return new HandParse("Farmers/NNS/1/nsubj", "marched/VBD/-1/root", "through/IN/3/case", "Ghana/NNP/1/obl:through",
        "as/IN/6/mark", "ministers/NNS/6/nsubj", "met/VBD/1/advcl:as", "in/IN/8/case", "Accra/NNP/6/obl:in",
        "././1/punct").place(3, 4, "PCLI").place(8, 9, "PPLC");
  }

  @Test
  void ownClauseFirst_aFinerPlaceInAnAdverbialClauseIsThatClausesPlace() {
    assertEquals("Ghana", marchedAsMet().event(1).location());
  }

  @Test
  void ownClauseFirst_theAdverbialClausesEventKeepsItsPlace() {
    assertEquals("Accra", marchedAsMet().event(6).location());
  }

  @Test
  void placeNoun_aNameBehindAChainOfPlaceNounsIsTheObjectsPlace() {
    // "Troops guarded the streets of the port of Tema ."
    HandParse p = new HandParse("Troops/NNS/1/nsubj", "guarded/VBD/-1/root", "the/DT/3/det", "streets/NNS/1/obj",
        "of/IN/6/case", "the/DT/6/det", "port/NN/3/nmod:of", "of/IN/8/case", "Tema/NNP/6/nmod:of", "././1/punct")
        .place(8, 9, "PPLA").event(1);
    assertEquals("Tema", p.location());
  }

  @Test
  void placeNoun_aPossessivePlaceOfAPlaceNounIsThePlace() {
    // "Police searched Kumasi 's markets ."
    HandParse p = new HandParse("Police/NNS/1/nsubj", "searched/VBD/-1/root", "Kumasi/NNP/4/nmod:poss",
        "'s/POS/2/case", "markets/NNS/1/obj", "././1/punct").place(2, 3, "PPLA").event(1);
    assertEquals("Kumasi", p.location());
  }

  @Test
  void placeNoun_aPlaceQualifyingAPersonIsNotWhereItHappened() {
    // "Police questioned the mayor of Tema ."
    HandParse p = new HandParse("Police/NNS/1/nsubj", "questioned/VBD/-1/root", "the/DT/3/det", "mayor/NN/1/obj",
        "of/IN/5/case", "Tema/NNP/3/nmod:of", "././1/punct").place(5, 6, "PPLA").event(1);
    assertNull(p.location());
  }

  @Test
  void placeNoun_aProperNounIsPartOfAName_notAKindOfPlace() {
    // "Militants attacked a hotel in Lagos 's Victoria Island ."
    HandParse p = new HandParse("Militants/NNS/1/nsubj", "attacked/VBD/-1/root", "a/DT/3/det", "hotel/NN/1/obj",
        "in/IN/8/case", "Lagos/NNP/8/nmod:poss", "'s/POS/5/case", "Victoria/NNP/8/compound", "Island/NNP/3/nmod:in",
        "././1/punct").place(5, 6, "PPLA").place(7, 9, "PPL").event(1);
    assertEquals("Victoria Island", p.location());
  }

  @Test
  void landmark_aPlaceACompassWordMeasuresFromIsNotTheSetting() {
    // "Gunmen attacked a convoy in Kilifi county , north of Mombasa ."
    HandParse p = new HandParse("Gunmen/NNS/1/nsubj", "attacked/VBD/-1/root", "a/DT/3/det", "convoy/NN/1/obj",
        "in/IN/6/case", "Kilifi/NNP/6/compound", "county/NN/1/obl:in", ",/,/6/punct", "north/RB/6/advmod",
        "of/IN/10/case", "Mombasa/NNP/8/obl:of", "././1/punct").place(5, 6, "ADM1").place(10, 11, "PPLA").event(1);
    assertEquals("Kilifi", p.location());
  }

  @Test
  void landmark_aloneStillPlacesTheEventNearIt() {
    // "Gunmen attacked a convoy south of Mombasa ."
    HandParse p = new HandParse("Gunmen/NNS/1/nsubj", "attacked/VBD/-1/root", "a/DT/3/det", "convoy/NN/1/obj",
        "south/RB/1/advmod", "of/IN/6/case", "Mombasa/NNP/4/obl:of", "././1/punct").place(6, 7, "PPLA").event(1);
    assertEquals("Mombasa", p.location());
  }

  @Test
  void qualifier_theCountryAfterAPlaceAndACommaLendsItsLinkToThePlace() {
    // "He was arrested while shopping in Tamale , Ghana ." with Ghana parsed onto the main verb
    HandParse p = new HandParse("He/PRP/2/nsubj:pass", "was/VBD/2/aux:pass", "arrested/VBN/-1/root",
        "while/IN/4/mark", "shopping/VBG/2/advcl:while", "in/IN/6/case", "Tamale/NNP/4/obl:in", ",/,/2/punct",
        "Ghana/NNP/2/obl:npmod", "././2/punct").place(6, 7, "PPLA").place(8, 9, "PCLI").event(2);
    assertEquals("Tamale", p.location());
  }

  @Test
  void qualifier_aListOfTownsIsNoQualifier() {
    String text = "Accra, Kumasi";
    PlaceRecord accra = new PlaceRecord("Accra", 0, 5, "Accra", 1L, "PPLC", "GH", null, 0.0, 0.0, null);
    PlaceRecord kumasi = new PlaceRecord("Kumasi", 7, 13, "Kumasi", 2L, "PPLA", "GH", null, 0.0, 0.0, null);
    PlaceRecord ghana = new PlaceRecord("Ghana", 7, 12, "Ghana", 3L, "PCLI", "GH", null, 0.0, 0.0, null);
    assertFalse(EventLocationStage.qualifies(kumasi, accra, text));
    assertTrue(EventLocationStage.qualifies(ghana, accra, "Accra, Ghana"));
  }

  @Test
  void border_namedByTheNationalitiesItDividesIsAPlace() {
    // "Smugglers were arrested near the Kenyan-Somali border ."
    HandParse p = new HandParse("Smugglers/NNS/2/nsubj:pass", "were/VBD/2/aux:pass", "arrested/VBN/-1/root",
        "near/IN/8/case", "the/DT/8/det", "Kenyan/JJ/7/amod/NATIONALITY", "-/HYPH/7/punct",
        "Somali/JJ/8/amod/NATIONALITY", "border/NN/2/obl:near", "././2/punct").event(2);
    assertEquals("Kenyan - Somali border", p.location()); // the hand parse joins tokens with spaces
  }

  @Test
  void border_withoutACountryIsNoPlace() {
    // "Smugglers were arrested near the eastern border ."
    HandParse p = new HandParse("Smugglers/NNS/2/nsubj:pass", "were/VBD/2/aux:pass", "arrested/VBN/-1/root",
        "near/IN/6/case", "the/DT/6/det", "eastern/JJ/6/amod", "border/NN/2/obl:near", "././2/punct").event(2);
    assertNull(p.location());
  }

  @Test
  void namedPlace_aNameNerMissedAfterThePlaceNounOfIsAPlace() {
    // "Shells fell on the town of Kefr Zita ."
    HandParse p = new HandParse("Shells/NNS/1/nsubj", "fell/VBD/-1/root", "on/IN/4/case", "the/DT/4/det",
        "town/NN/1/obl:on", "of/IN/7/case", "Kefr/NNP/7/compound", "Zita/NNP/4/nmod:of", "././1/punct").event(1);
    assertEquals("Kefr Zita", p.location());
  }

  @Test
  void namedPlace_aHyphenatedNameBeforeAPlaceNounIsAPlace() {
    // "Jets struck the Bir al-Hamra airport ."
    HandParse p = new HandParse("Jets/NNS/1/nsubj", "struck/VBD/-1/root", "the/DT/7/det", "Bir/NNP/6/compound",
        "al/NNP/6/compound", "-/HYPH/6/punct", "Hamra/NNP/7/compound", "airport/NN/1/obj", "././1/punct").event(1);
    assertEquals("Bir al - Hamra", p.location()); // the hand parse joins tokens with spaces
  }

  @Test
  void namedPlace_anOrganisationBeforeAPlaceNounIsNoPlace() {
    // "Guards closed the UN compound ."
    HandParse p = new HandParse("Guards/NNS/1/nsubj", "closed/VBD/-1/root", "the/DT/4/det",
        "UN/NNP/4/compound/ORGANIZATION", "compound/NN/1/obj", "././1/punct").event(1);
    assertNull(p.location());
  }

  @Test
  void distance_aPlaceADistanceIsMeasuredFromPlacesTheEventNearIt() {
    // "Rebels ambushed a bus 20 kilometres from the town of Gulu ."
    HandParse p = new HandParse("Rebels/NNS/1/nsubj", "ambushed/VBD/-1/root", "a/DT/3/det", "bus/NN/1/obj",
        "20/CD/5/nummod", "kilometres/NNS/1/obl:npmod", "from/IN/8/case", "the/DT/8/det", "town/NN/5/nmod:from",
        "of/IN/10/case", "Gulu/NNP/8/nmod:of", "././1/punct").place(10, 11, "PPLA").event(1);
    assertEquals("Gulu", p.location());
  }

  @Test
  void distance_fromWithoutADistanceIsAnOrigin() {
    // "Rebels from the town of Gulu ambushed a bus ." (the origin of a participant)
    HandParse p = new HandParse("Rebels/NNS/6/nsubj", "from/IN/3/case", "the/DT/3/det", "town/NN/0/nmod:from",
        "of/IN/5/case", "Gulu/NNP/3/nmod:of", "ambushed/VBD/-1/root", "a/DT/8/det", "bus/NN/6/obj", "././6/punct")
        .place(5, 6, "PPLA").event(6);
    assertNull(p.location());
  }
}
