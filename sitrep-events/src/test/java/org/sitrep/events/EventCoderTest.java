package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.TimeRecord;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;

/** The event and actor rules over real CoreNLP parses of sentences written for these tests. */
class EventCoderTest {
  private static CoreNlpStage nlp;
  private static final ActorStage ACTORS = new ActorStage();
  private static final EventStage EVENTS = new EventStage();

  @BeforeAll
  static void load() {
    nlp = new CoreNlpStage(NlpSettings.defaults());
  }

  static Document run(String text, String date) {
    Document d = nlp.apply(Document.of(new Article("t", text, null, null, null, date, "en", "test")));
    return EVENTS.apply(ACTORS.apply(d));
  }

  static List<EventRecord> events(String text) {
    return events(text, "2021-03-10");
  }

  static List<EventRecord> events(String text, String published) {
    return run(text, published).get(Layers.EVENTS);
  }

  static Optional<EventRecord> first(List<EventRecord> events, String category) {
    return events.stream().filter(e -> e.event().equals(category)).findFirst();
  }

  static List<String> countries(List<ActorRecord> actors) {
    return actors.stream().map(ActorRecord::country).sorted().collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @CsvSource(delimiter = '|', value = {
      "AGREE|Norway and Chile agreed to expand their fishing partnership.",
      "CONSULT|The Kenyan foreign minister met his Ugandan counterpart in Kampala.",
      "SUPPORT|Canada praised Ghana for holding peaceful elections.",
      "CONCEDE|The Peruvian government lifted the state of emergency in the southern provinces.",
      "COOPERATE|Spanish police cooperated with Moroccan investigators on the smuggling case.",
      "AID|Japan provided emergency aid to Nepal after the earthquake.",
      "RETREAT|Armenian troops withdrew from three villages near the border.",
      "REQUEST|Brazil urged Venezuela to release the detained journalists.",
      "ACCUSE|Pakistan accused India of violating the ceasefire in Kashmir.",
      "REJECT|Egypt rejected the Ethiopian proposal on the dam.",
      "THREATEN|Iran threatened to close the strait to foreign tankers.",
      "PROTEST|Thousands of Chilean students protested in Santiago against tuition fees.",
      "SANCTION|Australia expelled two Chinese diplomats on Monday.",
      "MOBILIZE|Russia deployed thousands of troops to the Ukrainian border.",
      "COERCE|Turkish police arrested dozens of Kurdish activists in Istanbul.",
      "ASSAULT|Israeli jets bombed Hamas positions in Gaza overnight."})
  void code_eachCategory(String category, String sentence) {
    List<EventRecord> evs = events(sentence);
    assertTrue(first(evs, category).isPresent(), () -> "expected " + category + " in '" + sentence + "', got " + evs);
    EventRecord e = first(evs, category).get();
    assertEquals(Plover.quad(category), e.quadCode());
    assertFalse(e.actor().isEmpty(), "an actor for " + sentence);
  }

  @Test
  void code_assaultActorAndRecipient() {
    EventRecord e = first(events("Israeli jets bombed Hamas positions in Gaza overnight."), "ASSAULT").orElseThrow();
    assertEquals(List.of("ISR"), countries(e.actor()));
    assertEquals("MIL", e.actor().get(0).sector());
    assertEquals("aerial", e.mode());
    assertEquals("195", e.cameo());
    assertEquals(-9.5, e.intensity());
    assertEquals("bombed", e.trigger().text());
    assertEquals("t#e1", e.id());
  }

  /** A verb of telling that reports to the press what was said, or gives an order, is no consultation. */
  @Test
  void code_tellingWhatWasSaidIsNoConsultation() {
    for (String text : List.of("The Kenyan minister told reporters that the border would stay closed.",
        "\u201cThe border will stay closed,\u201d the Kenyan minister told reporters.",
        "The Kenyan minister told Ugandan officials to close the border.",
        "The Kenyan minister told reporters on Wednesday that \u201cthe border is closed.\u201d")) {
      List<EventRecord> evs = events(text);
      assertTrue(first(evs, "CONSULT").isEmpty(), text + " -> " + evs);
    }
  }

  /** The noun naming what is agreed or asked for is the content of that event, not a happening of its own. */
  @Test
  void code_theGoalOfAnAgreementOrDemandIsNoEventOfItsOwn() {
    List<EventRecord> evs = events("Uganda agreed to a ceasefire with Kenya on Monday.");
    assertTrue(first(evs, "AGREE").isPresent(), evs::toString);
    assertTrue(first(evs, "RETREAT").isEmpty(), evs::toString);
    List<EventRecord> asked = events("The Kenyan president called for sanctions against Uganda.");
    assertTrue(first(asked, "REQUEST").isPresent(), asked::toString);
    assertTrue(first(asked, "SANCTION").isEmpty(), asked::toString);
  }

  @Test
  void code_tellingAnotherPartyIsAConsultation() {
    EventRecord e = first(events("The Kenyan president told Yoweri Museveni of Uganda that the border would reopen."),
        "CONSULT").orElseThrow();
    assertEquals(List.of("KEN"), countries(e.actor()));
  }

  @Test
  void code_speakingWithAnotherPartyIsAConsultation() {
    EventRecord e = first(events("The Kenyan president spoke with Ugandan President Yoweri Museveni on Thursday."),
        "CONSULT").orElseThrow();
    assertEquals(List.of("KEN"), countries(e.actor()));
    assertEquals(List.of("UGA"), countries(e.recipient()));
    assertTrue(first(events("The Kenyan president spoke at length on Thursday."), "CONSULT").isEmpty());
  }

  @Test
  void code_callingSomethingByANameIsNoPhoneCall() {
    List<EventRecord> evs = events("The Kenyan government called the Ugandan claims baseless.");
    assertTrue(first(evs, "CONSULT").isEmpty(), evs::toString);
  }

  @Test
  void code_briefingWithoutReportedContentIsAConsultation() {
    EventRecord e = first(events("The Kenyan minister briefed Ugandan officials in Kampala on Monday."), "CONSULT")
        .orElseThrow();
    assertEquals(List.of("KEN"), countries(e.actor()));
    assertEquals(List.of("UGA"), countries(e.recipient()));
  }

  @Test
  void code_killingWithUnnamedSidesIsStillAnEvent() {
    List<EventRecord> evs = events("Five men were killed near the market on Sunday.");
    assertTrue(first(evs, "ASSAULT").isPresent(), evs::toString);
  }

  @Test
  void code_eventNounWithoutArgumentsIsAReferenceNotAnEvent() {
    List<EventRecord> evs = events("Residents said there was a pause in the bombing.");
    assertTrue(first(evs, "ASSAULT").isEmpty(), evs::toString);
  }

  @Test
  void code_detonateIsAnAssault() {
    EventRecord e = first(events("Militants detonated a car bomb outside a police station in Kabul."), "ASSAULT")
        .orElseThrow();
    assertEquals("explosives", e.mode());
  }

  @Test
  void code_compoundNationalitiesGiveOneEventWithTwoActors() {
    List<EventRecord> evs = events("Russian and Syrian planes bombed a market in Idlib on Monday.");
    List<EventRecord> assaults = evs.stream().filter(e -> e.event().equals("ASSAULT")).toList();
    assertEquals(1, assaults.size(), evs::toString);
    assertEquals(List.of("RUS", "SYR"), countries(assaults.get(0).actor()));
  }

  @Test
  void code_conjoinedSubjectsAreOneEvent() {
    List<EventRecord> evs = events("Jordan and Britain have agreed to hold joint naval exercises.");
    EventRecord e = first(evs, "AGREE").orElseThrow();
    assertEquals(List.of("GBR", "JOR"), countries(e.actor()));
  }

  @Test
  void roles_accusationIsAimedAtTheSubjectOfItsComplementClause() {
    EventRecord e = first(events("Egypt alleged that Ethiopia had violated the water agreement."), "ACCUSE").orElseThrow();
    assertEquals(List.of("EGY"), countries(e.actor()));
    assertEquals(List.of("ETH"), countries(e.recipient()));
    // a complement subject of the accuser's own country is not the target
    EventRecord own = first(events("Egypt alleged that Egyptian officials had ignored the ruling."), "ACCUSE")
        .orElseThrow();
    assertTrue(own.recipient().stream().noneMatch(r -> r.text() != null && r.text().contains("officials")));
  }

  @Test
  void roles_organisationBeforeTheHeadOutranksTheCountryOfItsPortfolio() {
    EventRecord e = first(events("The U.N. special envoy for Libya condemned the attack on the port."), "ACCUSE")
        .orElseThrow();
    assertEquals(List.of("UNO"), countries(e.actor()));
  }

  @Test
  void roles_adjectivalPassiveSubjectIsThePatient() {
    EventRecord e = first(events("Two Libyan officers stand accused of smuggling weapons across the border."), "ACCUSE")
        .orElseThrow();
    assertTrue(countries(e.recipient()).contains("LBY"), e::toString);
    assertFalse(countries(e.actor()).contains("LBY"), e::toString);
  }

  @Test
  void roles_stateActorWithoutNationalityRepressingOneCountryIsOfIt() {
    EventRecord e = first(events("President Tomas Varga banned Zambian opposition newspapers on Friday."), "COERCE")
        .orElseThrow();
    assertEquals(List.of("ZMB"), countries(e.recipient()), e::toString);
    assertEquals(List.of("ZMB"), countries(e.actor()), e::toString);
  }

  @Test
  void roles_theSubjectOfAFoldedComplementClauseOutranksItsObjects() {
    EventRecord e = first(events("Kenya demanded that Somalia publish the Ethiopian report."), "REQUEST").orElseThrow();
    assertEquals(List.of("KEN"), countries(e.actor()), e::toString);
    assertEquals(List.of("SOM"), countries(e.recipient()), e::toString);
  }

  @Test
  void code_passiveAgentIsTheActor() {
    EventRecord e = first(events("Three Malian soldiers were killed by French troops near Gao."), "ASSAULT").orElseThrow();
    assertEquals(List.of("FRA"), countries(e.actor()));
    assertEquals(List.of("MLI"), countries(e.recipient()));
  }

  @Test
  void code_eventNounWithByPhraseLendsItsActor() {
    EventRecord e = first(events("Shelling by Armenian forces killed four Azerbaijani soldiers on Tuesday."), "ASSAULT")
        .orElseThrow();
    assertEquals(List.of("ARM"), countries(e.actor()));
    assertEquals(List.of("AZE"), countries(e.recipient()));
    assertEquals("heavy-weapons", e.mode());
    assertEquals("2021-03-09", e.date());
  }

  @Test
  void code_negationSetsStatus() {
    EventRecord e = first(events("Sudan did not withdraw its troops from the border region."), "RETREAT").orElseThrow();
    assertEquals("negated", e.status());
  }

  @Test
  void code_threatWithComplementTakesItsRecipientAndMode() {
    EventRecord e = first(events("Iran threatened to attack Saudi oil facilities."), "THREATEN").orElseThrow();
    assertEquals("threatened", e.status());
    assertEquals(List.of("IRN"), countries(e.actor()));
    assertEquals(List.of("SAU"), countries(e.recipient()));
    assertEquals("violence", e.mode());
    assertTrue(first(events("Iran threatened to attack Saudi oil facilities."), "ASSAULT").isEmpty(),
        "the threatened attack is not an event of its own");
  }

  @Test
  void code_futureMaterialConflictIsAThreat() {
    EventRecord e = first(events("Greece will impose sanctions on Turkey."), "THREATEN").orElseThrow();
    assertEquals(List.of("GRC"), countries(e.actor()));
  }

  @Test
  void code_capitalAsMetonymIsTheGovernment() {
    EventRecord e = first(events("Ankara accused Moscow of violating the agreement."), "ACCUSE").orElseThrow();
    assertEquals(List.of("TUR"), countries(e.actor()));
    assertEquals("GOV", e.actor().get(0).sector());
    assertEquals(List.of("RUS"), countries(e.recipient()));
  }

  @Test
  void code_historicalBackgroundIsMarked() {
    EventRecord e = first(events("Since the start of the war, Qatar has supported the Libyan government."), "SUPPORT")
        .orElseThrow();
    assertEquals("historical", e.status());
  }

  @Test
  void code_dateComesFromTheSentenceNotThePublicationDate() {
    List<EventRecord> evs = events("Colombian troops attacked a rebel camp.");
    EventRecord e = first(evs, "ASSAULT").orElseThrow();
    assertNull(e.date());
    assertNotNull(e.evidence());
    assertEquals("Colombian troops attacked a rebel camp.", e.evidence().sentence());
  }

  @Test
  void code_attributionFromSpeechVerbWithoutClaimsStage() {
    EventRecord e = first(events("Yemeni rebels fired missiles at Riyadh, the Saudi defense ministry said."), "ASSAULT")
        .orElseThrow();
    assertNotNull(e.attribution());
    assertEquals("said", e.attribution().cue());
    assertEquals("SAU", e.attribution().speakerActor().country());
  }

  @Test
  void actors_pronounFollowsThePerson() {
    List<EventRecord> evs = events("Chilean President Gabriel Boric visited Lima on Monday. He criticized Peru for its "
        + "border policy.");
    EventRecord e = first(evs, "ACCUSE").orElseThrow();
    assertEquals(List.of("CHL"), countries(e.actor()));
    assertEquals("Gabriel Boric", e.actor().get(0).name());
  }

  @Test
  void code_futureCooperationIsAgree() {
    EventRecord e = first(events("Germany will provide military aid to Lithuania."), "AGREE").orElseThrow();
    assertEquals(List.of("DEU"), countries(e.actor()));
    assertEquals(List.of("LTU"), countries(e.recipient()));
    assertTrue(first(events("Germany will provide military aid to Lithuania."), "AID").isEmpty());
  }

  @Test
  void code_refusalToAcceptIsReject() {
    EventRecord e = first(events("Hungary will not accept the European Commission's migration plan."), "REJECT")
        .orElseThrow();
    assertEquals(List.of("HUN"), countries(e.actor()));
  }

  @Test
  void code_vowOfViolenceIsAThreat() {
    EventRecord e = first(events("Somali militants vowed to attack Kenyan troops."), "THREATEN").orElseThrow();
    assertEquals("violence", e.mode());
    assertEquals(List.of("KEN"), countries(e.recipient()));
  }

  @Test
  void code_saidMustIsARequestToTheClauseSubject() {
    EventRecord e = first(events("Norway said Russia must release the detained fishermen."), "REQUEST").orElseThrow();
    assertEquals(List.of("NOR"), countries(e.actor()));
    assertEquals(List.of("RUS"), countries(e.recipient()));
  }

  @Test
  void code_domesticProtestTargetsOwnGovernment() {
    EventRecord e = first(events("Thousands of Serbian students protested on Sunday."), "PROTEST").orElseThrow();
    assertEquals(List.of("SRB"), countries(e.actor()));
    assertEquals(List.of("SRB"), countries(e.recipient()));
    assertEquals("GOV", e.recipient().get(0).sector());
  }

  /** A court, parliament or police force named without a nationality acts for the state the news is in. */
  @Test
  void roles_anUnnamedStateBodyIsOfTheCountryTheEventIsIn() {
    String text = "Protests continued in Nairobi on Monday. The supreme court rejected the government's appeal "
        + "against the ruling.";
    Document d = nlp.apply(Document.of(new Article("t", text, null, null, null, "2021-03-10", "en", "test")));
    int at = text.indexOf("Nairobi");
    d = d.with(Layers.PLACES, List.of(new PlaceRecord("Nairobi", at, at + 7, "Nairobi", 184745L, "PPLC", "KE",
        null, -1.28, 36.82, null))); // as the places stage resolves it
    List<EventRecord> evs = EVENTS.apply(ACTORS.apply(d)).get(Layers.EVENTS);
    EventRecord e = first(evs, "REJECT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("KEN"), countries(e.actor()), evs::toString);
    assertEquals("JUD", e.actor().get(0).sector());
  }

  /**
   * A sanction, threat, accusation, rejection or request aimed at no party named is aimed at the country the news
   * is in, when the actor is from elsewhere; a party of that country acting at home gets no such target.
   */
  @Test
  void roles_anAimedEventWithNoTargetNamedIsAimedAtTheCountryOfTheNews() {
    String text = "Clashes broke out in Nairobi on Monday after the president extended his term. The European Union "
        + "threatened sanctions.";
    EventRecord e = first(withNairobi(text), "THREATEN").orElseThrow();
    assertEquals(List.of("EUR"), countries(e.actor()));
    assertEquals(List.of("KEN"), countries(e.recipient()));
    text = "Clashes broke out in Nairobi on Monday after the president extended his term. Kenyan lawmakers threatened "
        + "sanctions.";
    List<EventRecord> evs = withNairobi(text);
    assertTrue(evs.stream().filter(x -> x.event().equals("THREATEN")).allMatch(x -> x.recipient().isEmpty()), evs::toString);
  }

  private static List<EventRecord> withNairobi(String text) {
    Document d = nlp.apply(Document.of(new Article("t", text, null, null, null, "2021-03-10", "en", "test")));
    int at = text.indexOf("Nairobi");
    d = d.with(Layers.PLACES, List.of(new PlaceRecord("Nairobi", at, at + 7, "Nairobi", 184745L, "PPLC", "KE",
        null, -1.28, 36.82, null))); // as the places stage resolves it
    return EVENTS.apply(ACTORS.apply(d)).get(Layers.EVENTS);
  }

  /** The events of {@code text} with one place resolved as the places stage would (name, country ISO alpha-2). */
  static List<EventRecord> eventsWithPlace(String text, String place, String alpha2, double lat, double lon) {
    Document d = nlp.apply(Document.of(new Article("t", text, null, null, null, "2021-03-10", "en", "test")));
    int at = text.indexOf(place);
    d = d.with(Layers.PLACES, List.of(new PlaceRecord(place, at, at + place.length(), place, 1L, "PPLC", alpha2,
        null, lat, lon, null)));
    return EVENTS.apply(ACTORS.apply(d)).get(Layers.EVENTS);
  }

  /** "rejected the allegations made by X": the author of what the event answers is whom it is aimed at. */
  @Test
  void roles_theAuthorOfTheObjectIsTheRecipient() {
    List<EventRecord> evs = events("India on Tuesday rejected the allegations made by Pakistan.");
    EventRecord e = first(evs, "REJECT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("IND"), countries(e.actor()), evs::toString);
    assertEquals(List.of("PAK"), countries(e.recipient()), evs::toString);
  }

  /** "X drew condemnation", "X faces sanctions": the subject of a receptive verb undergoes the event noun. */
  @Test
  void roles_theSubjectOfAReceptiveVerbUndergoesTheEvent() {
    List<EventRecord> evs = events("Iran faces new sanctions from the European Union.");
    EventRecord e = first(evs, "SANCTION").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("EUR"), countries(e.actor()), evs::toString);
    assertEquals(List.of("IRN"), countries(e.recipient()), evs::toString);
    List<EventRecord> drew = events("Kenya's decision to close the camps drew sharp condemnation from the United Nations.");
    EventRecord c = first(drew, "ACCUSE").orElseThrow(() -> new AssertionError(drew.toString()));
    assertEquals(List.of("UNO"), countries(c.actor()), drew::toString);
    assertEquals(List.of("KEN"), countries(c.recipient()), drew::toString);
  }

  /** "calling on X to do": the parser may hang "on" on the infinitive clause; X is still the one asked. */
  @Test
  void roles_callingOnSomeoneToActIsARequestToThem() {
    List<EventRecord> evs = events("The Red Cross is calling on the Chilean government to allow aid convoys into "
        + "the north.");
    EventRecord e = first(evs, "REQUEST").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("CHL"), countries(e.recipient()), evs::toString);
    assertTrue(first(evs, "CONSULT").isEmpty(), evs::toString);
    assertTrue(first(evs, "CONCEDE").isEmpty(), "what is asked for is no event of its own: " + evs);
  }

  /** "the statement" as a party is whoever issued the statement named just before. */
  @Test
  void roles_theStatementIsWhoeverIssuedIt() {
    List<EventRecord> evs = events("Chilean Foreign Minister Ana Soto issued a statement on Tuesday criticizing the "
        + "vote. The statement threatened sanctions against Peru.");
    EventRecord e = first(evs, "THREATEN").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("CHL"), countries(e.actor()), evs::toString);
    // a statement with its own issuer named keeps it
    List<EventRecord> own = events("Ana Soto issued a statement on Tuesday. Peru's statement threatened sanctions "
        + "against Chile.");
    assertEquals(List.of("PER"), countries(first(own, "THREATEN").orElseThrow().actor()), own::toString);
    List<EventRecord> by = events("Ana Soto issued a statement on Tuesday. The statement by Peru threatened sanctions "
        + "against Chile.");
    assertEquals(List.of("PER"), countries(first(by, "THREATEN").orElseThrow().actor()), by::toString);
  }

  /** ", threatening to ..." after the object is the clause's own adjunct: the threat is the subject's. */
  @Test
  void roles_aParticipleAfterACommaIsTheSubjectsDoing() {
    List<EventRecord> evs = events("Peruvian rebels demanded the release of their leaders, threatening to kill the "
        + "Chilean hostages.");
    EventRecord e = first(evs, "THREATEN").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("PER"), countries(e.actor()), evs::toString);
  }

  @Test
  void code_titleBeforeNameGivesThePerson() {
    EventRecord e = first(events("Kenya's President Uhuru Kenyatta condemned the attack on the embassy."), "ACCUSE")
        .orElseThrow();
    assertEquals("Uhuru Kenyatta", e.actor().get(0).name());
    assertEquals("KEN", e.actor().get(0).country());
  }

  @Test
  void code_regimeResolvesToTheCountryNamedWithIt() {
    List<EventRecord> evs = events("The Libyan regime has lost ground this year. On Friday the regime shelled Misrata.",
        "2011-04-10");
    EventRecord e = first(evs, "ASSAULT").orElseThrow();
    assertEquals(List.of("LBY"), countries(e.actor()));
    assertEquals("GOV", e.actor().get(0).sector());
  }

  @Test
  void code_objectConstraintKeepsReleaseForPeople() {
    assertTrue(first(events("Iran released two British sailors on Friday."), "RETREAT").isPresent());
    assertTrue(first(events("The Kenyan army released a report on Friday."), "RETREAT").isEmpty());
  }

  @Test
  void code_sentenceWithoutActorsGivesNoEvent() {
    assertEquals(List.of(), events("The weather was mild and the markets were calm."));
  }

  // ---------------------------------------------------------------- one event per happening, dating, salience

  @Test
  void merge_mentionsOfOneHappeningAreOneEvent() {
    List<EventRecord> evs = events("Chilean troops attacked a Peruvian border post on Monday. The attack by Chilean "
        + "forces on the Peruvian post lasted two hours.");
    List<EventRecord> assaults = evs.stream().filter(e -> e.event().equals("ASSAULT")).toList();
    assertEquals(1, assaults.size(), evs::toString);
    EventRecord e = assaults.get(0);
    assertEquals(2, e.mentions().size());
    assertEquals(List.of("CHL"), countries(e.actor()));
    assertEquals("2021-03-08", e.date());
    assertEquals("stated", e.dateBasis());
  }

  @Test
  void merge_anAttackAndTheAnswerToItStayTwoEvents() {
    List<EventRecord> evs = events("Chilean troops shelled Peruvian positions. Peruvian troops then shelled Chilean "
        + "positions.");
    assertEquals(2, evs.stream().filter(e -> e.event().equals("ASSAULT")).count(), evs::toString);
  }

  @Test
  void merge_aLaterMentionLendsItsDateToTheEvent() {
    List<EventRecord> evs = events("Chilean troops shelled a Peruvian border post. Chilean troops attacked the "
        + "Peruvian post on Monday.");
    EventRecord e = first(evs, "ASSAULT").orElseThrow();
    assertEquals("2021-03-08", e.date(), evs::toString);
    assertEquals("same_event", e.dateBasis());
  }

  @Test
  void background_earlierEventsAreMarkedAndKeptApart() {
    List<EventRecord> evs = events("Chilean troops shelled a Peruvian border post on Monday. Chilean troops had also "
        + "shelled Peruvian positions in 2015.");
    List<EventRecord> assaults = evs.stream().filter(e -> e.event().equals("ASSAULT")).toList();
    assertEquals(2, assaults.size(), evs::toString);
    assertNull(assaults.get(0).background());
    assertEquals(Boolean.TRUE, assaults.get(1).background());
    assertTrue(assaults.get(0).salience() > assaults.get(1).salience());
  }

  @Test
  void trigger_aPastParticipleDescribingANounIsAPropertyNotAnEvent() {
    assertTrue(first(events("Members of the banned Chilean group met reporters in Lima."), "COERCE").isEmpty());
    EventRecord e = first(events("The Peruvian government banned the Chilean group."), "COERCE").orElseThrow();
    assertEquals(List.of("PER"), countries(e.actor()));
  }

  @Test
  void trigger_aSentenceAboutTheArticleItselfIsNoNews() {
    assertTrue(events("Maria Lopez in Lima contributed to this report.").isEmpty());
    assertFalse(first(events("Japan contributed emergency aid to Nepal."), "AID").isEmpty());
  }

  @Test
  void background_aStandingStateInTheSimplePresentIsNoHappening() {
    List<EventRecord> evs = events("The Chilean group opposes Peruvian investment in the region.");
    assertEquals(Boolean.TRUE, first(evs, "REJECT").orElseThrow(() -> new AssertionError(evs.toString())).background());
    // the same verb in the past, or with an auxiliary, is a happening
    assertNull(first(events("The Chilean group opposed Peruvian investment in the region."), "REJECT").orElseThrow()
        .background());
    assertNull(first(events("The Chilean group has opposed Peruvian investment in the region."), "REJECT")
        .orElseThrow().background());
  }

  @Test
  void roles_aPronounInWhatASpeakerSaysIsTheSpeaker() {
    List<EventRecord> evs = events("Peruvian President Ana Ruiz met Chilean officials in Lima. The Chilean army chief "
        + "said his troops withdrew from the border.");
    EventRecord e = first(evs, "RETREAT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("CHL"), countries(e.actor()), evs::toString);
  }

  @Test
  void status_aRelativeClauseOnTheSpeakerDescribesTheSource() {
    List<EventRecord> evs = events("Olga Marsh, a former Chilean diplomat who had negotiated with Peru, said a border "
        + "war was likely.");
    EventRecord talks = first(evs, "CONSULT").orElseThrow();
    assertEquals(Boolean.TRUE, talks.background(), evs::toString);
    evs = events("The minister, who proposed the law to the council, said the reform passed on Thursday.");
    assertTrue(evs.stream().filter(e -> e.trigger().text().equals("proposed")).allMatch(e -> Boolean.TRUE.equals(e.background())),
        evs::toString);
    // a relative clause on a participant is the news: "militants who attacked a hotel"
    evs = events("Security forces killed six militants who attacked a hotel in the town, the police said.");
    EventRecord attack = evs.stream().filter(e -> e.trigger().text().equals("attacked")).findFirst().orElseThrow();
    assertNotEquals(Boolean.TRUE, attack.background(), evs::toString);
  }

  @Test
  void roles_theGenitiveOfAGatheringIsWhoGathers() {
    List<EventRecord> evs = events("The envoy spoke ahead of a meeting of the Security Council on the border war.");
    EventRecord e = first(evs, "CONSULT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("UNO"), countries(e.actor()), evs::toString);
    assertTrue(e.recipient().isEmpty(), evs::toString);
  }

  @Test
  void roles_anEventNounCountedByAnotherIsTheVerbsArgument() {
    List<EventRecord> evs = events("The Chilean foreign minister led two rounds of talks with Peruvian officials in Lima.");
    EventRecord e = first(evs, "CONSULT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("CHL"), countries(e.actor()), evs::toString);
    assertEquals(List.of("PER"), countries(e.recipient()), evs::toString);
    List<EventRecord> wave = events("Chilean troops launched a wave of attacks on Peruvian border posts.");
    EventRecord a = first(wave, "ASSAULT").orElseThrow(() -> new AssertionError(wave.toString()));
    assertEquals(List.of("CHL"), countries(a.actor()), wave::toString);
  }

  @Test
  void trigger_tellingThePressIsNoConsultation() {
    // what was said as a clause without "that", and no content at all
    assertTrue(first(events("The Chilean foreign minister told Reuters the troops would stay."), "CONSULT").isEmpty());
    assertTrue(first(events("The Chilean foreign minister told reporters in Lima on Monday."), "CONSULT").isEmpty());
    // telling a party is one
    assertTrue(first(events("The Chilean foreign minister told Peruvian officials in Lima on Monday."), "CONSULT")
        .isPresent());
  }

  @Test
  void status_aNegativeSubjectDeniesTheEvent() {
    List<EventRecord> evs = events("No government has recognized the Chilean junta.");
    assertTrue(evs.stream().filter(e -> e.trigger().text().equals("recognized"))
        .noneMatch(e -> e.event().equals("SUPPORT") && e.status().equals("occurred")), evs::toString);
    evs = events("Nobody claimed the attack on the Peruvian embassy.");
    assertTrue(evs.stream().filter(e -> e.trigger().text().equals("claimed")).allMatch(e -> e.status().equals("negated")),
        evs::toString);
  }

  @Test
  void status_aSinceClauseAndAnEarlierYearOfTheClauseAreThePast() {
    // the happening a state is counted from
    List<EventRecord> evs = events("Relations have been frozen since Chilean troops attacked the Peruvian border post.",
        "2021-03-06");
    EventRecord a = first(evs, "ASSAULT").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals("historical", a.status(), evs::toString);
    // a year on the verb an event noun is the object of; a year named only as "last year"
    List<EventRecord> noun = events("The Security Council imposed sanctions on Chile in 2016.", "2021-03-06");
    assertEquals("historical", first(noun, "SANCTION").orElseThrow(() -> new AssertionError(noun.toString())).status(),
        noun::toString);
    List<EventRecord> last = events("Chile last year signed an agreement with Peru.", "2021-03-06");
    assertTrue(last.stream().filter(e -> e.trigger().text().equals("signed")).allMatch(e -> e.status().equals("historical")),
        last::toString);
    // this year's is news
    List<EventRecord> now = events("The Security Council imposed sanctions on Chile on Monday.", "2021-03-06");
    assertEquals("occurred", first(now, "SANCTION").orElseThrow().status(), now::toString);
  }

  @Test
  void roles_aPersonPossessingANounOfWhatIsDoneToPeopleUndergoesIt() {
    List<EventRecord> evs = events("Chilean journalist Rosa Vidal thanked her readers, a week after her arrest in Lima.");
    EventRecord e = first(evs, "COERCE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("CHL"), countries(e.recipient()), evs::toString);
    assertTrue(e.actor().stream().noneMatch(a -> "CHL".equals(a.country())), evs::toString);
    // a state as possessor acts
    List<EventRecord> state = events("Peru's arrest of two Chilean fishermen angered Santiago.");
    EventRecord x = first(state, "COERCE").orElseThrow(() -> new AssertionError(state.toString()));
    assertEquals(List.of("PER"), countries(x.actor()), state::toString);
  }

  @Test
  void roles_anArrestWithNoOneNamedIsTheLocalGovernments() {
    List<EventRecord> evs = withNairobi("The journalist's arrest in Nairobi on Monday drew condemnation.");
    EventRecord e = first(evs, "COERCE").orElseThrow(() -> new AssertionError(evs.toString()));
    assertEquals(List.of("KEN"), countries(e.actor()), evs::toString);
    assertEquals("GOV", e.actor().get(0).sector(), evs::toString);
    // in the state the noun names: the subject undergoes it
    List<EventRecord> held = withNairobi("Two Chilean reporters have been in detention in Nairobi since Monday.");
    EventRecord h = first(held, "COERCE").orElseThrow(() -> new AssertionError(held.toString()));
    assertEquals(List.of("CHL"), countries(h.recipient()), held::toString);
    // an attack is not only a state's
    List<EventRecord> attack = withNairobi("The attack in Nairobi on Monday drew condemnation.");
    EventRecord a = first(attack, "ASSAULT").orElseThrow(() -> new AssertionError(attack.toString()));
    assertTrue(a.actor().stream().noneMatch(x -> "GOV".equals(x.sector())), attack::toString);
  }
}
