package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Token;

/**
 * sitrep's own time tagger: each pattern's value on sentences written for this test, then the NLP stage with the
 * tagger against SUTime alone on the same sentences (same TIMEX layer and NER tags), with and without an article
 * date, across tense and year ends. Loads CoreNLP once (~20 s).
 */
class OwnTimesTest {
  static CoreNlpStage own;
  static CoreNlpStage sutime;

  @BeforeAll
  static void load() {
    NlpSettings s = NlpSettings.defaults().withParse(false);
    own = new CoreNlpStage(s.withOwnTimes(true));
    sutime = new CoreNlpStage(s.withOwnTimes(false));
  }

  /** The tagger on hand-tagged tokens (word/POS), article date {@code date}. */
  private static Optional<List<OwnTimes.Found>> read(String date, String tagged) {
    List<String> words = Arrays.stream(tagged.split(" ")).map(t -> t.substring(0, t.lastIndexOf('/'))).toList();
    List<String> tags = Arrays.stream(tagged.split(" ")).map(t -> t.substring(t.lastIndexOf('/') + 1)).toList();
    List<String> ner = Collections.nCopies(words.size(), "O");
    return OwnTimes.read(words, tags, ner, 0, words.size(), date);
  }

  private static String value(String date, String tagged) {
    List<OwnTimes.Found> f = read(date, tagged).orElseThrow(() -> new AssertionError("left to SUTime: " + tagged));
    assertEquals(1, f.size(), f.toString());
    return f.get(0).value();
  }

  @Test
  void weekday_closestDayAndTenseCuesThatWouldMoveItLeftToSutime() {
    // 2025-03-12 is a Wednesday
    assertEquals("2025-03-11", value("2025-03-12", "talks/NNS on/IN Tuesday/NNP ./."));
    assertEquals("2025-03-14", value("2025-03-12", "talks/NNS on/IN Friday/NNP ./."));
    assertEquals("2025-03-11", value("2025-03-12", "they/PRP met/VBD on/IN Tuesday/NNP ./."), "past and closest agree");
    assertEquals("2025-03-14", value("2025-03-12", "they/PRP will/MD meet/VB on/IN Friday/NNP"), "future and closest");
    assertFalse(read("2025-03-12", "they/PRP met/VBD on/IN Friday/NNP ./.").isPresent(), "past would move it");
    assertFalse(read("2025-03-12", "he/PRP said/VBD Tuesday/NNP that/IN it/PRP will/MD go/VB").isPresent());
    assertFalse(read("2025-03-12", "talks/NNS will/MD resume/VB Tuesday/NNP ./.").isPresent(), "future would");
    assertEquals("XXXX-WXX-2", value(null, "talks/NNS on/IN Tuesday/NNP ./."));
    assertFalse(read(null, "he/PRP said/VBD Sunday/NNP that/IN talks/NNS would/MD resume/VB").isPresent(),
        "without a date SUTime drops a weekday beside a tense cue");
    assertFalse(read(null, "talks/NNS on/IN Sunday/NNP ./.").isPresent(), "and Sunday always");
  }

  @Test
  void monthDay_yearResolvedAcrossTheYearEnd() {
    assertEquals("2024-12-30", value("2025-01-03", "troops/NNS arrived/VBD on/IN December/NNP 30/CD ./."));
    assertEquals("2024-12-30", value("2025-01-03", "a/DT meeting/NN on/IN December/NNP 30/CD ./."));
    assertFalse(read("2025-01-03", "the/DT vote/NN will/MD be/VB on/IN December/NNP 30/CD").isPresent());
    assertEquals("2025-12-30", value("2025-10-03", "the/DT vote/NN will/MD be/VB on/IN December/NNP 30/CD"));
    assertEquals("2026-01-02", value("2025-12-29", "a/DT meeting/NN on/IN Jan./NNP 2/CD ./."));
    assertEquals("XXXX-01-02", value(null, "a/DT meeting/NN on/IN Jan./NNP 2/CD ./."));
    assertEquals("2012-02-29", value("2025-01-03", "on/IN February/NNP 29/CD ,/, 2012/CD in/IN Paris/NNP"));
    assertEquals("2024-12", value("2025-01-03", "in/IN December/NNP 2024/CD ,/, rebels/NNS"));
  }

  @Test
  void monthAlone_closestFirstOfTheMonthAndTenseCues() {
    // closest first of the month: 2025-03-12 -> September 2025 (173 days on) rather than 2024 (192 days back)
    assertEquals("2025-09", value("2025-03-12", "a/DT vote/NN in/IN September/NNP is/VBZ planned/VBN"));
    assertEquals("2024-10", value("2025-03-12", "a/DT vote/NN in/IN October/NNP is/VBZ planned/VBN"));
    assertEquals("2025-03", value("2025-03-12", "a/DT vote/NN in/IN March/NNP ,/, rebels/NNS said/VBD"));
    assertEquals("2024-12", value("2025-01-20", "the/DT army/NN ,/, in/IN December/NNP ,/, took/VBD it/PRP"));
    assertEquals("2025-01", value("2024-12-20", "a/DT vote/NN in/IN January/NNP is/VBZ planned/VBN"));
    List<OwnTimes.Found> f = read("2025-03-12", "a/DT vote/NN in/IN February/NNP is/VBZ planned/VBN").orElseThrow();
    assertEquals("(2025-02-01,2025-02-28,P1M)", f.get(0).range());
    // a past cue agreeing with the closest; one that would move it back a year is SUTime's
    assertEquals("2025-02", value("2025-03-12", "rebels/NNS attacked/VBD in/IN February/NNP ./."));
    assertFalse(read("2025-03-12", "rebels/NNS attacked/VBD in/IN September/NNP ./.").isPresent());
    assertFalse(read("2025-03-12", "rebels/NNS will/MD attack/VB in/IN February/NNP ./.").isPresent());
    assertEquals("2025-04", value("2025-03-12", "rebels/NNS will/MD attack/VB in/IN April/NNP ./."));
    // a near tie, no article date, a modal "may", a year after a comma: SUTime's
    assertFalse(read("2024-01-31", "a/DT vote/NN in/IN August/NNP is/VBZ planned/VBN").isPresent(), "tie");
    assertFalse(read(null, "a/DT vote/NN in/IN August/NNP is/VBZ planned/VBN").isPresent(), "no date");
    assertFalse(read("2025-03-12", "it/PRP May/MD rain/VB").isPresent(), "not a proper noun");
  }

  @Test
  void durations_countAndUnitHyphenedAgesAndBarePlurals() {
    assertEquals("PT30H", value("2025-03-12", "the/DT siege/NN lasted/VBD 30/CD hours/NNS ./."));
    assertEquals("P3Y", value("2025-03-12", "talks/NNS went/VBD on/RP for/IN three/CD years/NNS ./."));
    assertEquals("P20Y", value("2025-03-12", "the/DT feud/NN lasted/VBD two/CD decades/NNS ./."));
    assertEquals("PT45M", value("2025-03-12", "he/PRP spent/VBD 45/CD minutes/NNS inside/RB"));
    List<OwnTimes.Found> f = read("2025-03-12", "they/PRP signed/VBD a/DT 30/CD -/HYPH day/NN truce/NN").orElseThrow();
    assertEquals(List.of(new OwnTimes.Found(3, 6, "DURATION", "P30D", "(,,P30D)")), f, "the article stays out");
    f = read("2025-03-12", "a/DT 12/CD -/HYPH year/NN -/HYPH old/JJ boy/NN was/VBD hurt/VBN").orElseThrow();
    assertEquals(List.of(new OwnTimes.Found(1, 6, "DURATION", "P12Y", "(,,P12Y)")), f, "an age");
    assertEquals("P45Y", value("2025-03-12", "the/DT man/NN ,/, 45/CD years/NNS old/JJ ,/, was/VBD held/VBN"));
    f = read("2025-03-12", "a/DT 55/CD -/HYPH year/NN old/JJ man/NN was/VBD hurt/VBN").orElseThrow();
    assertEquals(List.of(new OwnTimes.Found(1, 5, "DURATION", "P55Y", "(,,P55Y)")), f, "hyphen, then old");
    assertEquals("PXW", value("2025-03-12", "the/DT army/NN fought/VBD for/IN weeks/NNS without/IN rest/NN"));
    assertEquals("PTXH", value("2025-03-12", "officials/NNS waited/VBD for/IN hours/NNS in/IN the/DT rain/NN"));
    assertEquals("PXY", value("2025-03-12", "the/DT feud/NN went/VBD on/RP for/IN decades/NNS here/RB"));
    // SUTime's longer spans and other readings: left to it
    assertFalse(read("2025-03-12", "he/PRP spent/VBD more/JJR than/IN 30/CD hours/NNS there/RB").isPresent());
    assertFalse(read("2025-03-12", "he/PRP faces/VBZ at/IN least/JJS 15/CD years/NNS in/IN jail/NN").isPresent());
    assertFalse(read("2025-03-12", "rebels/NNS fought/VBD for/IN several/JJ 100/CD hours/NNS").isPresent());
    assertFalse(read("2025-03-12", "it/PRP took/VBD two/CD or/CC three/CD days/NNS to/TO end/VB").isPresent());
    assertFalse(read("2025-03-12", "he/PRP left/VBD two/CD days/NNS ago/RB").isPresent(), "a date");
    assertFalse(read("2025-03-12", "talks/NNS lasted/VBD 1.5/CD hours/NNS in/IN all/DT").isPresent(), "decimals");
    assertFalse(read("2025-03-12", "talks/NNS lasted/VBD the/DT 12/CD days/NNS of/IN it/PRP").isPresent());
    assertFalse(read("2025-03-12", "it/PRP was/VBD the/DT happiest/JJS day/NN here/RB").isPresent(), "a day alone");
  }

  @Test
  void vagueDurations_severalRecentAFew() {
    assertEquals(List.of(new OwnTimes.Found(2, 4, "DURATION", "PTXH", "(,,PTXH)")),
        read("2025-03-12", "fighting/NN lasted/VBD several/JJ hours/NNS ./.").orElseThrow());
    assertEquals(List.of(new OwnTimes.Found(2, 4, "DURATION", "PXM", "(,,PXM)")),
        read("2025-03-12", "violence/NN rose/VBD recent/JJ months/NNS ./.").orElseThrow());
    assertEquals(List.of(new OwnTimes.Found(4, 7, "DURATION", "PXD", "(,,PXD)")),
        read("2025-03-12", "talks/NNS went/VBD on/RP for/IN a/DT few/JJ days/NNS ./.").orElseThrow(), "a in the span");
    assertEquals("PXD", value(null, "Few/JJ days/NNS pass/VBP quietly/RB"));
    assertEquals("PXY", value("2025-03-12", "the/DT worst/JJS in/IN recent/JJ years/NNS ./."));
    assertTrue(read("2025-03-12", "several/JJ people/NNS died/VBD").get().isEmpty(), "no unit: no time");
    // SUTime's longer spans or other values: left to it
    assertFalse(read("2025-03-12", "the/DT talks/NNS of/IN the/DT past/JJ few/JJ days/NNS").isPresent());
    assertFalse(read("2025-03-12", "over/IN recent/JJ weeks/NNS prices/NNS rose/VBD").isPresent());
    assertFalse(read("2025-03-12", "several/JJ days/NNS later/RB ,/, troops/NNS left/VBD").isPresent(), "a date");
    assertFalse(read("2025-03-12", "aid/NN came/VBD several/JJ weeks/NNS ago/RB").isPresent(), "a date");
    assertFalse(read("2025-03-12", "the/DT recent/JJ weeks/NNS were/VBD calm/JJ").isPresent(), "the in the span");
    assertFalse(read("2025-03-12", "it/PRP took/VBD several/JJ decades/NNS ./.").isPresent(), "a multiplied unit");
    assertFalse(read("2025-03-12", "after/IN several/JJ day/NN -/HYPH long/JJ talks/NNS").isPresent());
  }

  @Test
  void earlierOrLaterBeforeThisLastNext_sameValueWiderSpan() {
    assertEquals(List.of(new OwnTimes.Found(1, 4, "DATE", "2022-02", "(2022-02-01,2022-02-28,P1M)")),
        read("2022-02-04", "visit/VB later/RB this/DT month/NN ./.").orElseThrow());
    assertEquals("2022", value("2022-02-04", "Earlier/RBR this/DT year/NN ,/, the/DT deal/NN was/VBD signed/VBN"));
    assertEquals("2021", value("2022-02-04", "prices/NNS fell/VBD earlier/RBR last/JJ year/NN ./."), "past cue");
    assertEquals("2022-W06", value("2022-02-04", "they/PRP will/MD meet/VB later/RB next/JJ week/NN ./."));
    assertEquals("2022-02-04", value("2022-02-04", "a/DT statement/NN released/VBN earlier/RBR today/NN ./."));
    assertEquals("THIS P1M", value(null, "the/DT vote/NN is/VBZ due/JJ later/RB this/DT month/NN ./."));
    // a week across the year's end (SUTime: 2025-W01 on 2025-12-30) and no date beside a tense cue: SUTime's
    assertFalse(read("2025-12-30", "Rubio/NNP told/VBD VOA/NNP earlier/RBR this/DT week/NN ./.").isPresent());
    assertFalse(read(null, "he/PRP said/VBD earlier/RBR this/DT month/NN that/IN it/PRP rained/VBD").isPresent());
    // "later" before anything else stays a word SUTime may join
    assertFalse(read("2022-02-04", "later/RB on/IN Tuesday/NNP ,/, rebels/NNS fled/VBD").isPresent());
    assertFalse(read("2022-02-04", "two/CD weeks/NNS later/RB ,/, rebels/NNS fled/VBD").isPresent());
  }

  @Test
  void modifiedDates_theBeginningMiddleEndOf() {
    assertEquals(List.of(new OwnTimes.Found(2, 6, "DATE", "2022-01", "(2022-01-01,2022-01-31,P1M)", "EARLY")),
        read("2022-02-04", "displaced/VBN since/IN the/DT beginning/NN of/IN January/NNP ,/, and/CC aid/NN")
            .orElseThrow());
    assertEquals(List.of(new OwnTimes.Found(1, 5, "DATE", "2024", "(2024-01-01,2024-12-31,P1Y)", "LATE")),
        read("2022-02-04", "at/IN the/DT end/NN of/IN 2024/CD ./.").orElseThrow());
    assertEquals("2024-03", value("2022-02-04", "troops/NNS came/VBD at/IN the/DT beginning/NN of/IN March/NNP "
        + "2024/CD"));
    assertEquals("2022", value("2022-02-04", "since/IN the/DT beginning/NN of/IN the/DT year/NN ,/, rebels/NNS"));
    assertEquals("THIS P1M", value(null, "the/DT vote/NN is/VBZ due/JJ at/IN the/DT end/NN of/IN the/DT month/NN"));
    assertEquals("2023", value("2022-02-04", "the/DT plan/NN starts/VBZ at/IN the/DT start/NN of/IN next/JJ year/NN"));
    assertEquals("MID", read("2022-02-04", "in/IN the/DT middle/NN of/IN May/NNP ./.").orElseThrow().get(0).modifier());
    assertTrue(read("2022-02-04", "the/DT end/NN of/IN the/DT war/NN came/VBD").get().isEmpty(), "no date: no time");
    // a tense cue beside the whole expression that would move the month, a weekday, a day: SUTime's
    assertFalse(read("2022-02-04", "prices/NNS rose/VBD at/IN the/DT end/NN of/IN March/NNP ./.").isPresent());
    assertFalse(read("2022-02-04", "rebels/NNS left/VBD at/IN the/DT end/NN of/IN Tuesday/NNP").isPresent());
    assertFalse(read("2022-02-04", "the/DT end/NN of/IN March/NNP 5/CD was/VBD calm/JJ").isPresent());
    assertFalse(read(null, "the/DT end/NN of/IN March/NNP ./.").isPresent(), "no date: a month alone is SUTime's");
    assertFalse(read("2025-12-30", "the/DT war/NN is/VBZ at/IN the/DT end/NN of/IN the/DT week/NN").isPresent());
  }

  @Test
  void theBeforeAYearOrAPresentReference_andTheFuture() {
    assertEquals(List.of(new OwnTimes.Found(3, 4, "DATE", "1991", "(1991-01-01,1991-12-31,P1Y)")),
        read("2022-02-04", "he/PRP breached/VBD the/DT 1991/CD agreement/NN ./.").orElseThrow(), "the stays out");
    assertEquals(List.of(new OwnTimes.Found(3, 4, "DATE", "PRESENT_REF", "(PRESENT_REF,PRESENT_REF,)")),
        read("2022-02-04", "he/PRP is/VBZ the/DT current/JJ minister/NN").orElseThrow());
    assertEquals(List.of(new OwnTimes.Found(5, 8, "DATE", "FUTURE_REF", "(PRESENT_REF,UNKNOWN,)")),
        read("2022-02-04", "talks/NNS may/MD resume/VB soon/RB in/IN the/DT near/JJ future/NN ./.").orElseThrow());
    assertEquals(List.of(new OwnTimes.Found(3, 5, "DATE", "FUTURE_REF", "(PRESENT_REF,UNKNOWN,)")),
        read("2022-02-04", "officials/NNS fear/VBP for/IN the/DT future/NN ./.").orElseThrow());
    // a year before a plural noun is no time to SUTime ("2016 shipments", "1600 civilians"): its window is SUTime's
    assertFalse(read("2022-02-04", "prices/NNS are/VBP based/VBN on/IN 2016/CD shipments/NNS").isPresent());
    assertFalse(read("2022-02-04", "the/DT 2016/CD very/RB large/JJ shipments/NNS came/VBD").isPresent());
    assertFalse(read("2022-02-04", "the/DT 2009/CD -/HYPH 2010/CD season/NN").isPresent(), "a range");
    assertFalse(read("2022-02-04", "the/DT future/NN of/IN the/DT town/NN").isPresent(), "of after it");
  }

  @Test
  void dawn_theArticlesDayEarly_andDurationsCloserThanOtherExpressions() {
    assertEquals(List.of(new OwnTimes.Found(4, 5, "DATE", "2022-02-04", "(2022-02-04,2022-02-04,P1D)", "EARLY"),
            new OwnTimes.Found(7, 9, "DURATION", "PTXH", "(,,PTXH)")),
        read("2022-02-04", "the/DT fighting/NN began/VBD before/IN dawn/NN and/CC lasted/VBD several/JJ hours/NNS")
            .orElseThrow(), "two tokens between two expressions no tense moves");
    assertEquals("2022-02-04", value("2022-02-04", "police/NNS carried/VBD out/RP dawn/NN raids/NNS"));
    assertEquals("2022-02-04", value("2022-02-04", "troops/NNS will/MD move/VB at/IN dawn/NN ./."),
        "no tense moves it");
    assertFalse(read(null, "troops/NNS moved/VBD at/IN dawn/NN ./.").isPresent(), "no date: SUTime drops it");
    assertFalse(read("2022-02-04", "members/NNS of/IN Golden/NNP Dawn/NNP marched/VBD").isPresent(), "a name");
    assertFalse(read("2022-02-04", "rebels/NNS attacked/VBD three/CD hours/NNS before/IN dawn/NN").isPresent(),
        "one expression to SUTime");
    assertFalse(read("2022-02-04", "troops/NNS moved/VBD at/IN dawn/NN on/IN Tuesday/NNP").isPresent());
    assertFalse(read("2022-02-04", "rebels/NNS attacked/VBD early/RB at/IN dawn/NN").isPresent());
    // a date closer than four tokens to another expression stays SUTime's
    assertFalse(read("2022-02-04", "talks/NNS lasted/VBD 30/CD hours/NNS and/CC ended/VBD on/IN Tuesday/NNP")
        .isPresent());
  }

  @Test
  void onAfterADate_blocksOnlyBeforeATimeOrNumber() {
    assertEquals("2022-W06", value("2022-02-04", "officials/NNS will/MD hold/VB talks/NNS next/JJ week/NN on/IN "
        + "border/NN security/NN ./."));
    assertEquals("2022-02-03", value("2022-02-04", "rebels/NNS attacked/VBD yesterday/NN on/IN the/DT town/NN"));
    assertFalse(read("2022-02-04", "the/DT council/NN voted/VBD last/JJ month/NN on/IN 12/CD measures/NNS")
        .isPresent(), "a number after on");
    assertFalse(read("2022-02-04", "the/DT vote/NN is/VBZ next/JJ month/NN on/IN the/DT 5th/JJ").isPresent());
    assertFalse(read("2022-02-04", "talks/NNS lasted/VBD three/CD days/NNS on/IN the/DT border/NN").isPresent(),
        "a duration: SUTime joins it to a date after on");
  }

  @Test
  void cuesInAReadingThatIsNoTime() {
    assertTrue(read("2025-03-12", "the/DT toll/NN may/MD be/VB higher/JJR").get().isEmpty(), "a modal");
    assertTrue(read("2025-03-12", "prices/NNS fall/VBP sharply/RB").get().isEmpty(), "a verb");
    assertFalse(read("2025-03-12", "prices/NNS continue/VBP to/TO fall/VB").isPresent(), "to: may make a range");
    assertTrue(read("2025-03-12", "I/PRP am/VBP sure/JJ of/IN it/PRP").get().isEmpty());
    assertTrue(read("2025-03-12", "his/PRP$ second/JJ visit/NN to/TO Paris/NNP").get().isEmpty(), "an ordinal");
    assertEquals("2025-03-11", value("2025-03-12", "talks/NNS may/MD resume/VB ,/, he/PRP said/VBD ,/, on/IN "
        + "Tuesday/NNP in/IN Paris/NNP"));
    // beside another cue, after "a" or a number, or with a capital: SUTime's
    assertFalse(read("2025-03-12", "prices/NNS may/MD fall/VB sharply/RB").isPresent(), "May and autumn to SUTime");
    assertFalse(read("2025-03-12", "on/IN the/DT second/JJ Monday/NNP of/IN it/PRP").isPresent());
    assertFalse(read("2025-03-12", "wait/VB a/DT second/JJ and/CC go/VB").isPresent(), "a duration");
    assertFalse(read("2025-03-12", "at/IN 10/CD am/VBP local/JJ time/NN").isPresent(), "a clock time");
    assertFalse(read("2025-03-12", "May/MD God/NNP help/VB us/PRP").isPresent(), "a capital");
    assertFalse(read("2025-03-12", "the/DT term/NN may/MD end/VB soon/RB").isPresent(), "SUTime: LATE May");
  }

  @Test
  void relativeDaysAndUnits() {
    assertEquals("2025-01-01", value("2025-01-02", "police/NNS said/VBD yesterday/NN ./."));
    assertEquals("2025-01-03", value("2025-01-02", "police/NNS will/MD act/VB tomorrow/NN ./."));
    assertEquals("2025-W01", value("2025-01-12", "prices/NNS rose/VBD in/IN Asian/JJ markets/NNS last/JJ week/NN ./."));
    // a week across the year's end, no tense cue near: SUTime's PREV P1W (2025-01-02), its 2025-W01 (2025-12-30)
    assertFalse(read("2025-01-02", "prices/NNS rose/VBD in/IN Asian/JJ markets/NNS last/JJ week/NN ./.").isPresent());
    assertFalse(read("2025-12-30", "the/DT army/NN is/VBZ there/RB this/DT week/NN").isPresent());
    assertEquals("2024-12", value("2025-01-02", "talks/NNS in/IN Paris/NNP last/JJ month/NN ./."));
    assertFalse(read("2025-01-02", "they/PRP met/VBD last/JJ week/NN ./.").isPresent(), "SUTime: PREV P1W");
    assertFalse(read("2024-01-01", "they/PRP met/VBD last/JJ week/NN ./.").isPresent(), "SUTime: PREV P1W");
    assertFalse(read(null, "they/PRP met/VBD last/JJ week/NN ./.").isPresent(), "no date: SUTime's");
    assertEquals("2026", value("2025-01-02", "elections/NNS are/VBP due/JJ next/JJ year/NN ./."));
    assertEquals("THIS P1W OFFSET P-1W", value(null, "talks/NNS in/IN Paris/NNP last/JJ week/NN ./."));
    assertEquals("OFFSET P-1D", value(null, "police/NNS said/VBD yesterday/NN ./."));
    assertEquals("PRESENT_REF", value(null, "rebels/NNS now/RB hold/VBP the/DT town/NN"));
    assertEquals("2009", value("2025-01-02", "since/IN 2009/CD ,/, hundreds/NNS died/VBD"));
  }

  @Test
  void relativeUnitsBesideTenseCue_sameValueAsWithout_butAWeekAcrossTheYearsEndIsSutimes() {
    // a tense cue beside "last/this/next week|month|year" leaves SUTime's value as it is without one
    assertEquals("2025-W10", value("2025-03-12", "they/PRP met/VBD last/JJ week/NN ./."));
    assertEquals("2025-W12", value("2025-03-12", "they/PRP will/MD meet/VB next/JJ week/NN ./."));
    assertEquals("2025-02", value("2025-03-12", "officials/NNS said/VBD last/JJ month/NN that/IN it/PRP rained/VBD"));
    assertEquals("2024", value("2025-01-02", "a/DT truce/NN agreed/VBD last/JJ year/NN had/VBD failed/VBN"));
    assertEquals("2025-W01", value("2025-01-12", "they/PRP met/VBD last/JJ week/NN ./."), "week inside the year");
    // the week before 2025-01-02 is 2024-W52, in another year: SUTime gives PREV P1W
    assertTrue(OwnTimes.weekLeavesYear(java.time.LocalDate.parse("2025-01-02"), -1));
    assertTrue(OwnTimes.weekLeavesYear(java.time.LocalDate.parse("2024-12-30"), 0), "2024-12-30 is in 2025-W01");
    assertFalse(OwnTimes.weekLeavesYear(java.time.LocalDate.parse("2025-01-12"), -1));
    assertTrue(OwnTimes.weekLeavesYear(java.time.LocalDate.parse("2025-12-26"), 1), "next week is 2026-W01");
  }

  @Test
  void windowsLeftToSutime() {
    assertFalse(read("2025-03-12", "late/JJ Tuesday/NNP ./.").isPresent(), "a modifier before");
    assertFalse(read("2025-03-12", "Tuesday/NNP morning/NN ./.").isPresent(), "a cue not ours");
    assertFalse(read("2025-03-12", "from/IN 2009/CD to/TO 2012/CD").isPresent(), "a range");
    assertFalse(read("2025-03-12", "on/IN Friday/NNP and/CC Saturday/NNP").isPresent(), "two too close");
    assertFalse(read("2025-03-12", "the/DT end/NN of/IN Tuesday/NNP").isPresent(), "a modifier before a weekday");
    assertFalse(read("2025-03-12", "the/DT mission/NN will/MD end/VB in/IN 2029/CD").isPresent(), "end in: LATE");
    assertFalse(read("2025-03-12", "talks/NNS early/RB on/IN Tuesday/NNP failed/VBD").isPresent(), "early on");
    assertFalse(read("2025-03-12", "in/IN March/NNP ,/, 2024/CD rebels/NNS").isPresent(), "month, comma, year");
    assertFalse(read("2025-03-12", "two/CD days/NNS ago/RB").isPresent(), "a duration that is a date");
    assertFalse(read("2025-03-12", "a/DT 34/CD -/HYPH year/NN -/HYPH old/JJ died/VBD at/IN 5/CD p.m./RB "
        + "Wednesday/NNP").isPresent(), "5 p.m. Wednesday: one TIME to SUTime");
    assertTrue(read("2025-03-12", "rebels/NNS fought/VBD on/IN").get().isEmpty(), "no cue: nothing, and ours");
  }

  private static final String[] TEXTS = {
      "Rebels attacked the town on Tuesday, officials said. The army will respond on Friday, a spokesman said.",
      "Talks on Monday ended without a deal. The envoy said Sunday that talks would resume on Thursday.",
      "Troops arrived on December 30 after a long march. Elections are due on Jan. 4, the commission said.",
      "The ceasefire signed on February 29, 2012 collapsed in December 2013. Since 2009, hundreds have died.",
      "Police said yesterday that the suspect will appear in court tomorrow. Protests continued today.",
      "The group met last week and will meet again next month. Prices rose this year, and fell last year.",
      "Rebels now hold the town, which was recently retaken. Officials are currently assessing the damage.",
      "The council met on Saturday. On Wednesday, it will vote on the plan it has discussed since March.",
      "The council decided on Saturday to go. Rebels attacked on April 1. Rebels will attack on Feb. 3.",
      "They have met on Sunday, officials said. Talks on Monday failed and resumed Thursday in Paris.",
      "Talks on Sunday in Geneva failed. Late on Friday, rebels shelled the town.",
      "The mission is set to end in 2029. Talks early on Tuesday failed; the week of March 3 was calm.",
      "Late Tuesday, gunmen opened fire. The attack on Friday morning killed three, two days after the raid.",
      "From 2009 to 2012 the war raged; the end of 2013 brought calm, and on Friday and Saturday talks resumed.",
      "A vote in September is planned. Rebels attacked in February and fled. In March, the army took the town.",
      "Rebels will attack in April, the envoy said. The talks held in January failed. May brought rain.",
      "The siege lasted 30 hours. Talks went on for three years. They signed a 30-day truce. A 12-year-old boy died.",
      "The man, 45 years old, fought for weeks. A 55-year old man died. He faces at least 15 years in prison, after more than 30 hours.",
      "The feud of two decades ended within days. It took two or three days. He left two days ago for 45 minutes.",
      "The toll may be higher. Prices may fall sharply. I am sure. He sat down. They march on the capital.",
      "His second visit was calm. Prices continue to fall. The vote is on the second Monday. Wait a second, he said.",
      "A 34-year-old man was killed around 5 p.m. Wednesday in the city. Talks ended at 9 a.m. Friday.",
      "The term may end soon. Talks may resume. The toll may rise to 10.",
      "The deal signed in October collapsed. A summit in December, 2024 was calm. Since May, prices rose.",
      "The council met last week. Officials said last month that roads were shut. A truce agreed last year had failed.",
      "The council will meet next week. Rebels have held it this week. They will vote next year, he said.",
      "Prices rose in Asian markets last week. The army is there this week. The talks next week in Geneva failed.",
      "The fighting lasted several hours. Violence has risen in recent months. Talks went on for a few days.",
      "Few days pass without an attack. Aid came several weeks ago. Over recent weeks, prices rose.",
      "Earlier this year, the deal was signed. The minister will visit later this month. Prices fell earlier last "
          + "year.",
      "Rubio told reporters earlier this week. The council will meet later next week. A statement came earlier today.",
      "Officials will hold talks next week on border security. The council voted last month on 12 measures.",
      "Thousands have fled since the beginning of January. Prices rose at the end of March. The deal ends in the "
          + "middle of May.",
      "Since the beginning of the year, rebels attacked. The vote is due at the end of the month. The plan starts "
          + "at the start of next year.",
      "Troops arrived at the beginning of March 2024. The end of the war came. Talks failed at the end of 2024.",
      "He breached the 1991 agreement. Talks may resume in the near future. The current government fell.",
      "Prices are based on 2016 shipments. More than 1600 civilians died. The future of the town is unclear.",
      "He ran in the 2022 election, and the 2016 elections were disputed. Officials fear for the future.",
      "The fighting began before dawn and lasted several hours. Rebels attacked three hours before dawn.",
      "Police carried out dawn raids. Members of Golden Dawn marched. Troops moved at dawn on Tuesday.",
      "The siege lasted three weeks and killed 30 people over two days. It went on for 30 hours over three days.",
  };

  @Test
  void stage_sameTimesAndTagsAsSutimeAlone() {
    for (String date : new String[] {"2025-03-12", "2025-01-02", "2024-12-30", "2020-02-29", "2024-07-02",
        "2025-06-17", "2025-09-01", null}) {
      for (String text : TEXTS) {
        Article a = new Article("t", text, null, null, null, date, "en", "test");
        Document o = own.apply(Document.of(a));
        Document s = sutime.apply(Document.of(a));
        List<TimeExpression> st = s.get(Layers.TIMEX);
        assertEquals(st, o.get(Layers.TIMEX), date + ": " + text);
        assertEquals(s.get(Layers.TOKENS).stream().map(Token::ner).toList(),
            o.get(Layers.TOKENS).stream().map(Token::ner).toList(), date + ": " + text);
      }
    }
  }

  @Test
  void settings_timeTaggerOption() {
    var ctx = new org.sitrep.core.pipeline.StageContext(java.util.Map.of("nlp.time_tagger", "sutime"),
        java.util.Set.of());
    assertFalse(NlpSettings.from(ctx).ownTimes());
    assertTrue(NlpSettings.defaults().ownTimes());
    var bad = new org.sitrep.core.pipeline.StageContext(java.util.Map.of("nlp.time_tagger", "heideltime"),
        java.util.Set.of());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> NlpSettings.from(bad));
    assertTrue(e.getMessage().contains("nlp.time_tagger=sutime"), e.getMessage());
  }
}
