package org.sitrep.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.sitrep.claims.attribution.AttributionStage;
import org.sitrep.claims.count.CountStage;
import org.sitrep.claims.quote.QuoteStage;
import org.sitrep.claims.time.TimeStage;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.QuoteRecord;
import org.sitrep.core.model.TimeRecord;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;

/** The four claims stages on short articles written for these tests, after the real NLP stage. */
class ClaimsPipelineTest {
  private static final CoreNlpStage NLP = new CoreNlpStage(NlpSettings.defaults());
  private static final Map<String, Document> DONE = new ConcurrentHashMap<>();

  static final String FIGURES = "Army shelling killed six border guards on Monday, officials said. "
      + "Police arrested at least 40 protesters over the last week. "
      + "Some 20,000 people have fled since the beginning of February, according to the regional governor. "
      + "Dozens have been reported wounded. "
      + "A convoy of 45 armored vehicles and 12 tanks reached the town. "
      + "The province has 2 million civilians. "
      + "Half a million people were displaced in the first days of the war, while hundreds of thousands of residents "
      + "are besieged. "
      + "Analysts expect a fall in prices by the end of the month.";

  static final String QUOTES = "Prime Minister Anna Kowalska spoke in the capital on Tuesday.\n\n"
      + "“We will not let the border close,” she told lawmakers.\n\n"
      + "“Our patience has limits.”\n\n"
      + "The opposition called the plan a “road map” and protesters carried a banner that read: “Open the gates.\"\n\n"
      + "Kowalska said the government would respond “without delay” to any attack.\n\n"
      + "\"This is a decisive moment for the whole region,\" Kowalska told reporters.";

  static final String CONTINUED = "“The shelling must stop,” said Maria Lopez, the agency's director. "
      + "“Families cannot wait any longer.”\n\n"
      + "Defence Minister Omar Haddad visited the front on Friday.\n\n"
      + "The minister said the army would “hold the line at any cost” in the coming days.";

  static final String MORE = "Artillery fire killed three Syrian soldiers on Sunday. "
      + "Neighbouring Jordan already hosts 600,000 Iraqis. "
      + "The ministry said no one was hurt.";

  static final String SINGLE = "A 19-year-old man was shot and killed outside a bakery on Friday, police said. "
      + "A woman was wounded when the car was hit. A neighbor who heard the noise called the police. "
      + "Officers said a gunman shot a taxi driver to death on Main Street. Another man was arrested later. "
      + "In a second attack two people were killed and three others wounded.";

  static final String UNDATED = "Rebels took the town on March 2. The mayor said on March 4 that 300 families had fled.";

  private static Document run(String id, String text, String date) {
    return DONE.computeIfAbsent(id, k -> {
      Document d = NLP.apply(Document.of(new Article(id, text, null, null, null, date, "en", "test")));
      for (var s : List.of(new TimeStage(), new AttributionStage(), new QuoteStage(), new CountStage())) {
        d = s.apply(d);
      }
      return d;
    });
  }

  private static Document figures() {
    return run("figures", FIGURES, "2021-03-10");
  }

  private static CountRecord count(Document d, String numberText) {
    return d.get(Layers.COUNTS).stream().filter(c -> c.number().text().contains(numberText)).findFirst()
        .orElse(null);
  }

  private static TimeRecord time(Document d, String text) {
    return d.get(Layers.TIMES).stream().filter(t -> t.text().contains(text)).findFirst().orElse(null);
  }

  // ---------------------------------------------------------------- times

  @Test
  void times_onMondayIsTheMondayBeforePublication() {
    assertEquals("2021-03-08", time(figures(), "Monday").value());
  }

  static final String TENSES = "The council signed the charter on Thursday that will guide the country for five years. "
      + "The ministry said Tuesday that it would reopen the crossing. "
      + "The envoy will travel to the capital on Monday.";

  /** The tense of the verb a weekday modifies decides, not a "will" elsewhere in the sentence. */
  @Test
  void times_weekdayOfAPastVerbIsBeforePublicationWhateverTheClauseAfterIt() {
    Document d = run("tenses", TENSES, "2021-03-12"); // a Friday
    assertEquals("2021-03-11", time(d, "Thursday").value());
    assertEquals("2021-03-09", time(d, "Tuesday").value());
  }

  @Test
  void times_weekdayOfAFutureVerbStaysAhead() {
    assertEquals("2021-03-15", time(run("tenses", TENSES, "2021-03-12"), "Monday").value());
  }

  @Test
  void times_overTheLastWeekIsAPeriod() {
    TimeRecord t = time(figures(), "last week");
    assertEquals("DURATION", t.type());
    assertEquals("P1W", t.value());
    assertEquals("2021-03-03", t.period().start());
    assertEquals("2021-03-10", t.period().end());
  }

  @Test
  void times_sinceTheBeginningOfAMonthStartsAPeriod() {
    TimeRecord t = time(figures(), "beginning of February");
    assertEquals("2021-02", t.value());
    assertEquals("START", t.mod());
    assertEquals("2021-02-01", t.period().start());
  }

  @Test
  void times_endOfTheMonth() {
    TimeRecord t = time(figures(), "end of the month");
    assertEquals("2021-03", t.value());
    assertEquals("END", t.mod());
  }

  @Test
  void times_aFallInPricesIsNoSeason() {
    assertNull(time(figures(), "fall"));
  }

  @Test
  void times_undatedArticleInfersPublishedWithoutYear() {
    Document d = run("undated", UNDATED, null);
    assertEquals("XXXX-03-04", d.get(Layers.PUBLISHED).value());
    assertTrue(d.get(Layers.PUBLISHED).inferred());
    assertEquals("XXXX-03-02", time(d, "March 2").value());
  }

  // ---------------------------------------------------------------- counts

  @Test
  void counts_killedWithNumberInWords() {
    CountRecord c = count(figures(), "six");
    assertEquals("dead", c.kind());
    assertEquals(6L, c.number().value());
    assertEquals("exact", c.number().qualifier());
    assertEquals("MIL", c.who().sector());
  }

  @Test
  void counts_atLeastIsALowerBound() {
    CountRecord c = count(figures(), "40");
    assertEquals("arrested", c.kind());
    assertEquals("at_least", c.number().qualifier());
    assertEquals(40L, c.number().low());
    assertNull(c.number().high());
    assertEquals("2021-03-03", c.period().start());
  }

  @Test
  void counts_someIsAboutAndCarriesPeriodAndAttribution() {
    CountRecord c = count(figures(), "20,000");
    assertEquals("displaced", c.kind());
    assertEquals("about", c.number().qualifier());
    assertEquals("2021-02-01", c.period().start());
    assertNotNull(c.attribution());
    assertTrue(c.attribution().speakerText().contains("governor"), c.attribution().toString());
  }

  @Test
  void counts_dozensIsVagueWithLowBound12() {
    CountRecord c = count(figures(), "Dozens");
    assertEquals("injured", c.kind());
    assertEquals("vague", c.number().qualifier());
    assertEquals(12L, c.number().low());
  }

  @Test
  void counts_halfAMillionAndHundredsOfThousands() {
    assertEquals(500_000L, count(figures(), "Half a million").number().value());
    assertEquals("displaced", count(figures(), "Half a million").kind());
    CountRecord h = count(figures(), "hundreds of thousands");
    assertEquals(100_000L, h.number().low());
    assertEquals("besieged", h.kind());
  }

  @Test
  void counts_equipmentAndPopulationAreNotCounts() {
    assertNull(count(figures(), "45"));
    assertNull(count(figures(), "12"));
    assertNull(count(figures(), "2 million"));
  }

  @Test
  void counts_familiesAreCountedAsFamilies() {
    CountRecord c = count(run("undated", UNDATED, null), "300");
    assertEquals("displaced", c.kind());
    assertEquals("families", c.who().text());
  }

  @Test
  void counts_aSinglePersonIsOne() {
    Document d = run("single", SINGLE, "2022-05-07");
    CountRecord dead = count(d, "A 19-year-old man");
    assertEquals("dead", dead.kind()); // through "shot and killed"
    assertEquals(1L, dead.number().value());
    assertEquals("exact", dead.number().qualifier());
    assertEquals("injured", count(d, "A woman").kind());
    assertEquals("dead", count(d, "a taxi driver").kind()); // "shot ... to death"
    assertEquals("arrested", count(d, "Another man").kind());
    assertNull(count(d, "A neighbor")); // a person, but no count word governs it
    assertNull(count(d, "a gunman")); // the shooter, subject of an active verb
    assertEquals("injured", count(d, "three").kind()); // "and three others wounded": an elliptical passive
  }

  // ---------------------------------------------------------------- attribution

  @Test
  void attribution_officialsSaidCoversTheMainClause() {
    CountRecord c = count(figures(), "six");
    assertNotNull(c.attribution());
    assertEquals("officials", c.attribution().speakerText());
    assertEquals("said", c.attribution().cue());
  }

  // ---------------------------------------------------------------- quotes

  private static List<QuoteRecord> quotes() {
    return run("quotes", QUOTES, "2021-03-10").get(Layers.QUOTES);
  }

  private static QuoteRecord quote(String start) {
    return quotes().stream().filter(q -> q.text().startsWith(start)).findFirst().orElse(null);
  }

  @Test
  void quotes_pronounSpeakerResolvesToTheFullName() {
    QuoteRecord q = quote("We will not");
    assertEquals("direct", q.kind());
    assertEquals("Anna Kowalska", q.speaker());
    assertEquals("she", q.speakerText());
    assertEquals("told", q.cue());
  }

  @Test
  void quotes_paragraphContinuingAQuotationKeepsItsSpeaker() {
    assertEquals("Anna Kowalska", quote("Our patience").speaker());
  }

  @Test
  void quotes_scareQuotesAndSlogansAreNotQuotes() {
    assertNull(quote("road map"));
    assertNull(quote("Open the gates"));
  }

  @Test
  void quotes_fragmentInReportedSpeechIsPartial() {
    QuoteRecord q = quote("without delay");
    assertEquals("partial", q.kind());
    assertEquals("Anna Kowalska", q.speaker());
  }

  @Test
  void quotes_straightMarksWithLastNameSpeaker() {
    QuoteRecord q = quote("This is a decisive");
    assertEquals("direct", q.kind());
    assertEquals("Anna Kowalska", q.speaker());
    assertFalse(q.text().contains("Kowalska told"));
  }

  private static QuoteRecord continued(String start) {
    return run("continued", CONTINUED, "2021-03-10").get(Layers.QUOTES).stream()
        .filter(q -> q.text().startsWith(start)).findFirst().orElse(null);
  }

  @Test
  void quotes_invertedCueAndSameParagraphContinuation() {
    assertEquals("Maria Lopez", continued("The shelling").speaker());
    assertEquals("said", continued("The shelling").cue());
    assertEquals("Maria Lopez", continued("Families cannot").speaker());
  }

  @Test
  void quotes_titleSpeakerResolvesToTheTitledPerson() {
    QuoteRecord q = continued("hold the line");
    assertEquals("partial", q.kind());
    assertEquals("Omar Haddad", q.speaker());
    assertEquals("The minister", q.speakerText());
  }

  @Test
  void counts_whoCountryFromTheNationalityWithoutEntitiesLayer() {
    CountRecord c = count(run("more", MORE, "2021-03-10"), "three");
    assertEquals("dead", c.kind());
    assertEquals("SYR", c.who().country());
    assertEquals("MIL", c.who().sector());
  }

  @Test
  void counts_hostingNationalsAreDisplacedRefugees() {
    CountRecord c = count(run("more", MORE, "2021-03-10"), "600,000");
    assertEquals("displaced", c.kind()); // refugees are displaced people; no separate kind
    assertEquals("IRQ", c.who().country());
  }

  @Test
  void counts_noOneIsNotAFigure() {
    assertEquals(2, run("more", MORE, "2021-03-10").get(Layers.COUNTS).size());
  }
}
