package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.categories;
import static org.sitrep.events.Coded.first;
import static org.sitrep.events.EventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Which PLOVER category a trigger gets (issue 14, branch evtype5: intents, multi-word nouns, cues of a type), on
 * sentences written for these tests.
 */
class EventTypeCuesTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void type_aStatedReadinessToConcedeIsAnIntent() {
    // "is prepared to lift the ban": a verbal cooperation under a word of intent is PLOVER's AGREE, like "will lift"
    List<EventRecord> ready = events("The Ruritanian president said he is prepared to lift the ban on the opposition "
        + "party.");
    assertEquals(List.of("AGREE"), categories(ready), ready.toString());
    // a decision taken is the act itself, not an intent
    List<EventRecord> decided = events("The Bordurian court decided to allow the opposition leader to stand in the "
        + "election.");
    assertEquals(List.of("CONCEDE"), categories(decided), decided.toString());
    // others' forecast is not the actor's intent
    List<EventRecord> expected = events("The Chilean minister is expected to meet his Peruvian counterpart.");
    assertFalse(categories(expected).contains("AGREE"), expected.toString());
    // a planned verbal conflict stays an aim, not an agreement
    List<EventRecord> urge = events("Chile plans to urge Peru to release the fishermen.");
    assertFalse(categories(urge).contains("AGREE"), urge.toString());
  }

  @Test
  void type_aMultiWordNounMayStartWithAnAdjective() {
    // "martial law": the adjective is the pattern's first word, the noun its head
    List<EventRecord> declared = events("The Ruritanian army declared martial law in the capital on Monday.");
    assertEquals("COERCE", declared.get(0).event(), declared.toString());
    assertEquals("martial-law", declared.get(0).mode(), declared.toString());
    // announced as ready to impose it: a threat (PLOVER: a planned material conflict)
    List<EventRecord> ready = events("The Ruritanian government said it is prepared to impose martial law.");
    EventRecord threat = first(ready, "THREATEN");
    assertEquals("restrict", threat.mode(), threat.toString());
    // the adjective alone is no trigger
    assertTrue(events("The Ruritanian army praised the martial spirit of its cadets.").stream()
        .noneMatch(e -> e.event().equals("COERCE")));
  }

  @Test
  void type_aSayingThatCondemnsAPartyIsAnAccusation() {
    // a clause judging a happening by an adjective of condemnation: the speaker accuses the happening's parties
    List<EventRecord> warned = events("Chile warned on Friday that the growing military cooperation between Peru and "
        + "Bolivia is dangerous, illegal and a threat to the region.");
    EventRecord accuse = first(warned, "ACCUSE");
    assertEquals(List.of("CHL"), EventCoderTest.countries(accuse.actor()), accuse.toString());
    assertEquals(List.of("PER"), EventCoderTest.countries(accuse.recipient()), accuse.toString());
    // ... and "warned" with a clause of what will happen stays a threat
    List<EventRecord> threat = events("Chile warned that Peru would face consequences.");
    assertEquals(List.of("THREATEN"), categories(threat), threat.toString());
    // the condemning adjective on the clause's subject
    List<EventRecord> called = events("The Chilean opposition party says the illegal government of Peru is "
        + "confiscating its assets.");
    EventRecord named = first(called, "ACCUSE");
    assertEquals(List.of("PER"), EventCoderTest.countries(named.recipient()), named.toString());
    // a naming completed by such an adjective
    List<EventRecord> unfair = events("The Chilean president called Peruvian subsidies unfair.");
    assertEquals(List.of("ACCUSE"), categories(unfair), unfair.toString());
    assertEquals(List.of("PER"), EventCoderTest.countries(unfair.get(0).recipient()), unfair.toString());
    // a judgement that condemns nothing is no event
    assertTrue(events("The Chilean president called the Peruvian plan ambitious.").isEmpty());
    assertTrue(events("Chile said the Peruvian plan is ambitious.").isEmpty());
  }

  @Test
  void type_aSayingThatAPartyDidAWrongIsAnAccusation() {
    List<EventRecord> evs = events("The United Nations says the Bolivian army has committed grave human rights "
        + "abuses.");
    EventRecord accuse = first(evs, "ACCUSE");
    assertEquals(List.of("UNO"), EventCoderTest.countries(accuse.actor()), accuse.toString());
    assertEquals(List.of("BOL"), EventCoderTest.countries(accuse.recipient()), accuse.toString());
  }

  @Test
  void type_aTariffOnAPartysGoodsIsASanction() {
    // the customs measure with what it falls on: a SANCTION against the goods' country
    List<EventRecord> doubled = events("Peru doubled the 25% tariff on Chilean copper on Tuesday.");
    EventRecord tariff = first(doubled, "SANCTION");
    assertEquals(List.of("PER"), EventCoderTest.countries(tariff.actor()), tariff.toString());
    assertEquals(List.of("CHL"), EventCoderTest.countries(tariff.recipient()), tariff.toString());
    List<EventRecord> increase = events("The European Union will vote on a tariff increase on Bolivian wine.");
    assertEquals(List.of("BOL"), EventCoderTest.countries(first(increase, "SANCTION").recipient()),
        increase.toString());
    // tariffs named without what they fall on are no event, and talks that ended are no sanction
    assertTrue(events("Tariffs hurt consumers, the Chilean economist said.").isEmpty());
    List<EventRecord> talks = events("Chile ended two days of talks with Peru on Tuesday.");
    assertFalse(categories(talks).contains("SANCTION"), talks.toString());
  }

  @Test
  void type_aPartyLettingItBeKnownItCouldStrikeThreatens() {
    // "hinted that it could retaliate": the speaker's own possible attack is a THREATEN, aimed where the attack is
    List<EventRecord> hinted = events("Bolivia has hinted that it could retaliate against Chilean vehicles.");
    EventRecord threat = first(hinted, "THREATEN");
    assertEquals(List.of("BOL"), EventCoderTest.countries(threat.actor()), threat.toString());
    assertEquals(List.of("CHL"), EventCoderTest.countries(threat.recipient()), threat.toString());
    assertEquals("violence", threat.mode(), threat.toString());
    List<EventRecord> rebels = events("The Chilean rebels said they might attack the capital.");
    assertEquals(List.of("THREATEN"), categories(rebels), rebels.toString());
    // someone else's possible violence, foreseen by an observer, is no threat
    List<EventRecord> foreseen = events("The U.N. said the fighting could kill thousands of civilians in Bolivia.");
    assertFalse(categories(foreseen).contains("THREATEN"), foreseen.toString());
    // the means of a possible act is possible too: no sanction has happened
    List<EventRecord> means = events("Bolivia said it could retaliate with tariffs on Chilean wine.");
    assertTrue(means.stream().noneMatch(e -> e.event().equals("SANCTION") && e.status().equals("occurred")),
        means.toString());
  }

  @Test
  void type_aPermissionDeniedIsARestriction() {
    // "does not allow X to go": a party denying a permission restricts (COERCE), it concedes nothing
    List<EventRecord> denied = events("The Chilean army does not allow aid agencies to go to the northern areas.");
    EventRecord coerce = first(denied, "COERCE");
    assertEquals("restrict", coerce.mode(), coerce.toString());
    assertEquals("occurred", coerce.status(), coerce.toString());
    assertEquals(List.of("CHL"), EventCoderTest.countries(coerce.actor()), coerce.toString());
    // allowed, it is a concession
    List<EventRecord> allowed = events("The Chilean army allowed aid agencies to go to the northern areas.");
    assertEquals(List.of("CONCEDE"), categories(allowed), allowed.toString());
  }

  @Test
  void type_anAgreementIsAnAgreeingItsSigningASupport() {
    // the agreement noun names the parties' agreeing (AGREE); signing it is the formal act (SUPPORT, by "sign")
    List<EventRecord> agreements = events("The recent agreements between Peru and Bolivia on fishing rights came "
        + "after months of mediation by Chile.");
    EventRecord agree = first(agreements, "AGREE");
    assertEquals(List.of("PER"), EventCoderTest.countries(agree.actor()), agree.toString());
    assertFalse(categories(agreements).contains("SUPPORT"), agreements.toString());
    List<EventRecord> signed = events("Peru and Bolivia signed an agreement on fishing rights on Monday.");
    assertEquals(List.of("SUPPORT"), categories(signed), signed.toString());
  }

  @Test
  void type_aProtestToldAsASayingIsAComplaint() {
    // "protested" reporting what was said, after the words or with a "that" clause: ACCUSE at the clause's subject
    List<EventRecord> after = events("The Chilean authorities are failing to protect the fishermen, a Peruvian "
        + "rights group protested on Wednesday.");
    EventRecord complaint = first(after, "ACCUSE");
    assertEquals(List.of("CHL"), EventCoderTest.countries(complaint.recipient()), complaint.toString());
    assertFalse(categories(after).contains("PROTEST"), after.toString());
    List<EventRecord> that = events("The Peruvian union protested that the Chilean government had broken its "
        + "promises.");
    assertEquals(List.of("CHL"), EventCoderTest.countries(first(that, "ACCUSE").recipient()), that.toString());
    // a demonstration stays a PROTEST
    List<EventRecord> march = events("Thousands of Chilean students protested in the capital on Wednesday.");
    assertEquals(List.of("PROTEST"), categories(march), march.toString());
  }
}
